"""The core of the Python binding: loading, code lists, money, dates, territory."""
import datetime
import os
import subprocess
import sys
import unittest
from pathlib import Path

import kpss


class LoadingTest(unittest.TestCase):
    def test_version_matches_the_library(self):
        self.assertRegex(kpss.__version__, r"^\d+\.\d+\.\d+$")

    def test_missing_library_is_a_clear_import_error(self):
        env = dict(os.environ, KPSS_LIBRARY="/nonexistent/libkpss_c.so")
        env["LD_LIBRARY_PATH"] = ""
        package_dir = str(Path(kpss.__file__).resolve().parent.parent)
        result = subprocess.run([sys.executable, "-c", "import kpss"], env=dict(env, PYTHONPATH=package_dir),
                                capture_output=True, text=True)
        if result.returncode == 0:  # an installed copy on the system path was found instead
            return
        self.assertIn("KPSS_LIBRARY", result.stderr)

    def test_library_directory_in_environment_is_accepted(self):
        env = dict(os.environ, KPSS_LIBRARY=str(Path(kpss._native.library_path).parent))
        package_dir = str(Path(kpss.__file__).resolve().parent.parent)
        out = subprocess.run([sys.executable, "-c", "import kpss; print(kpss.__version__)"],
                             env=dict(env, PYTHONPATH=package_dir), capture_output=True, text=True, check=True)
        self.assertEqual(out.stdout.strip(), kpss.__version__)


class CodeListTest(unittest.TestCase):
    def test_service_types_are_complete_and_iterable(self):
        types = kpss.CodeList("service_type")
        self.assertEqual(len(types), 34)
        entries = list(types)
        self.assertEqual(entries[0].section, "37")
        self.assertEqual(sum(1 for e in entries if e.group == "care"), 15)

    def test_find_by_any_key(self):
        types = kpss.CodeList("service_type")
        for key in ("home_care", "§40", "40", "3838", "Pečovatelská služba"):
            self.assertEqual(types.find(key).key, "home_care")
        self.assertEqual(kpss.code_lists()["region"].find("CZ064").name_cs, "Jihomoravský kraj")
        self.assertIsNone(kpss.CodeList("age_band").find("older_seniors").max_age)

    def test_unknown_key_raises_not_found(self):
        with self.assertRaises(kpss.NotFound) as cm:
            kpss.CodeList("service_type").find("massage")
        self.assertIn("unknown service_type 'massage'", str(cm.exception))
        self.assertEqual(cm.exception.status, -3)
        with self.assertRaises(kpss.NotFound):
            kpss.CodeList("services")
        with self.assertRaises(kpss.InvalidArgument):
            kpss.CodeList("region")[14]


class MoneyTest(unittest.TestCase):
    def test_parse_and_format(self):
        m = kpss.Money.parse("1 234,50 Kč")
        self.assertEqual(m, kpss.Money(123450, "CZK"))
        self.assertEqual(m.format(), "1234.50 CZK")
        self.assertEqual(m.format("czech"), "1\u00a0234,50\u00a0Kč")
        self.assertEqual(kpss.Money.parse("250", "EUR"), kpss.Money(25000, "EUR"))
        self.assertEqual(m + m, kpss.Money(246900, "CZK"))

    def test_malformed_money_raises(self):
        with self.assertRaises(kpss.InvalidArgument) as cm:
            kpss.Money.parse("12.345 CZK")
        self.assertIn("decimal places", str(cm.exception))
        with self.assertRaises(kpss.NotFound):
            kpss.Money.parse("12 QQQ")
        with self.assertRaises(kpss.OverflowError_):
            big = kpss.Money(2**63 - 1, "CZK")
            big + big
        with self.assertRaises(kpss.InvalidArgument):
            kpss.Money(1, "CZK") + kpss.Money(1, "EUR")


class DateAndTerritoryTest(unittest.TestCase):
    def test_dates(self):
        self.assertEqual(kpss.parse_date("2025-03-31"), datetime.date(2025, 3, 31))
        self.assertEqual(kpss.format_date(datetime.date(2026, 1, 2)), "2026-01-02")
        with self.assertRaises(kpss.InvalidArgument) as cm:
            kpss.parse_date("2025-02-30")
        self.assertIn("not a day of February 2025", str(cm.exception))

    def test_territory(self):
        self.assertEqual(kpss.territory_level("CZ0642"), "district")
        self.assertEqual(kpss.territory_level("2101"), "orp")
        with self.assertRaises(kpss.NotFound):
            kpss.territory_level("CZ099")
        with self.assertRaises(kpss.InvalidArgument):
            kpss.territory_level("hello")


if __name__ == "__main__":
    unittest.main()
