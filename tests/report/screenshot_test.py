#!/usr/bin/env python3
"""The public report in a real browser: generates the sample town's report with the kpss tool,
has headless Chromium screenshot it and dump the DOM it rendered, and checks that the page is
drawn (a PNG of the window's size that is not one flat colour) and that every section heading
and one <svg> per chart of report.json made it into the rendered DOM.

usage: screenshot_test.py KPSS_TOOL WORK_DIR
Exits 77 (ctest: skipped) when Chromium is not installed; set KPSS_CHROMIUM to its path.
"""
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

SKIP = 77
WIDTH, HEIGHT = 1280, 4000


def find_chromium():
    candidates = [os.environ.get("KPSS_CHROMIUM"), "/usr/bin/chromium"]
    candidates += [shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome", "chrome")]
    for c in candidates:
        if c and os.path.isfile(c) and os.access(c, os.X_OK):
            return c
    return None


def chromium(binary, profile, *args):
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", f"--window-size={WIDTH},{HEIGHT}", "--hide-scrollbars"]
    return subprocess.run([binary, *flags, *args], capture_output=True, timeout=120)


def png_pixels(data):
    """(width, height, rows of RGB(A) bytes) of an 8-bit PNG, unfiltered (PNG spec, section 9)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG file"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour = header[:4]
    assert depth == 8 and colour in (2, 6), f"unexpected PNG format: depth {depth}, colour type {colour}"
    bpp = 3 if colour == 2 else 4
    raw, stride, rows, prev = zlib.decompress(idat), width * bpp, [], bytearray(width * bpp)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + a) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + b) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 0xFF
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        rows.append(bytes(line))
        prev = line
    return width, height, bpp, rows


def main():
    tool, work = sys.argv[1], Path(sys.argv[2])
    binary = find_chromium()
    if binary is None:
        print("SKIPPED: Chromium is not installed (looked for KPSS_CHROMIUM, /usr/bin/chromium, "
              "chromium, chromium-browser, google-chrome on PATH); the report was not checked "
              "in a browser", file=sys.stderr)
        return SKIP
    shutil.rmtree(work, ignore_errors=True)
    out = subprocess.run([tool, "demo", "--lang", "en", "--out", str(work / "report")], capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    html = Path(out.stdout.strip().splitlines()[-1].strip())
    assert html.name == "report.html" and html.is_file(), f"the demo's last line is not the report: {html}"
    doc = json.loads((html.parent / "report.json").read_text(encoding="utf-8"))

    with tempfile.TemporaryDirectory() as profile:
        png = work / "report.png"
        shot = chromium(binary, profile, f"--screenshot={png}", html.resolve().as_uri())
        assert png.is_file(), f"Chromium wrote no screenshot:\n{shot.stderr.decode(errors='replace')}"
        dom = chromium(binary, profile, "--dump-dom", html.resolve().as_uri())
        assert dom.returncode == 0, dom.stderr.decode(errors="replace")
    rendered = dom.stdout.decode("utf-8")

    data = png.read_bytes()
    assert len(data) > 50_000, f"the screenshot is only {len(data)} bytes"
    width, height, bpp, rows = png_pixels(data)
    assert (width, height) == (WIDTH, HEIGHT), f"screenshot is {width}×{height}, not {WIDTH}×{HEIGHT}"
    colours = set()
    for row in rows[::40]:
        colours.update(row[i:i + 3] for i in range(0, len(row), bpp * 8))
    assert len(colours) > 20, f"the screenshot has only {len(colours)} colours: nothing was drawn"

    failures = []
    charts = 0
    for section in doc["sections"]:
        heading = f'<h2 id="{section["id"]}-h">'
        if heading not in rendered:
            failures.append(f"section heading '{section['heading']}' ({heading}) is not in the rendered DOM")
        charts += sum(1 for b in section["blocks"] if b["type"] == "bar_chart")
    svgs = rendered.count("<svg")
    if svgs != charts:
        failures.append(f"the rendered DOM has {svgs} <svg> elements for {charts} charts")
    if "Indicator progress" not in rendered:
        failures.append("the indicator progress chart is missing")
    for f in failures:
        print("FAIL:", f, file=sys.stderr)
    print(f"{html}: {len(doc['sections'])} sections, {charts} charts, screenshot {width}×{height}, "
          f"{len(data)} bytes, {len(colours)} colours sampled")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
