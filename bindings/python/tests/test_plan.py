"""kpss.Plan: JSON and archive round trips, validation, lookup, typed errors."""
import json
import os
import tempfile
import unittest
from pathlib import Path

import kpss

ROOT = Path(os.environ.get("KPSS_TEST_DATA_DIR", Path(__file__).resolve().parents[3] / "tests" / "data")).parent.parent
SAMPLE = ROOT / "examples" / "data" / "sample_plan.json"
BAD = ROOT / "tests" / "data" / "bad"


class PlanTest(unittest.TestCase):
    def setUp(self):
        self.text = SAMPLE.read_text(encoding="utf-8")

    def test_sample_round_trips_json_byte_for_byte(self):
        with kpss.Plan.from_json(self.text) as plan:
            self.assertEqual(plan.to_json(), self.text)

    def test_archive_round_trip_is_equal(self):
        plan = kpss.Plan.from_json(self.text)
        for kind in (kpss.plan.ARCHIVE_TEXT, kpss.plan.ARCHIVE_XML):
            data = plan.to_archive(kind)
            self.assertTrue(data.startswith(b"kpss-archive 1 kpss.Plan "))
            self.assertEqual(kpss.Plan.from_archive(data), plan)

    def test_files_by_extension(self):
        plan = kpss.Plan.from_json(self.text)
        with tempfile.TemporaryDirectory() as d:
            for name in ("p.json", "p.kpss", "p.xml"):
                plan.save(Path(d) / name)
                self.assertEqual(kpss.Plan.load(Path(d) / name).to_json(), self.text)
            with self.assertRaises(kpss.InvalidArgument):
                plan.save(Path(d) / "p.txt")
            with self.assertRaises(kpss.IoError):
                kpss.Plan.load(Path(d) / "missing.json")

    def test_counts_find_and_ids(self):
        plan = kpss.Plan.from_json(self.text)
        counts = plan.counts()
        self.assertGreaterEqual(counts["stakeholders"], 30)
        self.assertGreaterEqual(counts["measures"], 20)
        ids = plan.ids("service")
        self.assertEqual(len(ids), counts["services"])
        service = plan.find("service", ids[0])
        self.assertEqual(service["id"], ids[0])
        self.assertIn(service["provider"], plan.ids("stakeholder"))
        self.assertEqual(plan.find("plan")["format"], "kpss-plan")
        with self.assertRaises(kpss.NotFound):
            plan.find("measure", "no-such-measure")
        with self.assertRaises(kpss.InvalidArgument):
            plan.find("council", "x")

    def test_validation(self):
        self.assertEqual(kpss.Plan.from_json(self.text).validate(), [])
        doc = json.loads(self.text)
        doc["services"][0]["provider"] = "nobody"
        diagnostics = kpss.Plan.from_json(json.dumps(doc)).validate()
        self.assertIn(kpss.Diagnostic("P102", "error", "/services/0/provider",
                                      "no stakeholder has the id 'nobody'"), diagnostics)

    def test_typed_errors_say_where(self):
        doc = json.loads(self.text)
        doc["needs"][2]["tittle"] = "x"
        with self.assertRaises(kpss.ParseError) as caught:
            kpss.Plan.from_json(json.dumps(doc))
        self.assertEqual(caught.exception.where, "/needs/2/tittle")
        with self.assertRaises(kpss.CorruptData):
            kpss.Plan.from_archive(kpss.Plan.from_json(self.text).to_archive()[:-5])

    def test_bad_corpus_gives_expected_codes(self):
        for line in (BAD / "expected.tsv").read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            name, code, path, _ = line.split("\t")
            plan, diagnostics = kpss.Plan.check_json((BAD / name).read_bytes())
            found = [d for d in diagnostics if d.code == code]
            self.assertTrue(found, f"{name}: {diagnostics}")
            if path != "-":
                self.assertEqual(found[0].path, path, name)
            self.assertEqual(plan is None, code.startswith("J"), name)

    def test_schema_accepts_the_sample_when_jsonschema_is_installed(self):
        try:
            import jsonschema
        except ImportError:
            self.skipTest("the jsonschema package is not installed")
        schema = json.loads((ROOT / "schemas" / "kpss-plan-1.schema.json").read_text(encoding="utf-8"))
        jsonschema.validate(json.loads(self.text), schema)
        doc = json.loads(self.text)
        doc["services"][0]["capacty"] = 1
        with self.assertRaises(jsonschema.ValidationError):
            jsonschema.validate(doc, schema)


if __name__ == "__main__":
    unittest.main()
