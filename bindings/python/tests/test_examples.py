"""The examples in examples/python run as documented and print what they promise."""
import os
import subprocess
import sys
import unittest
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
PACKAGE_DIR = Path(__file__).resolve().parents[1]


def run_example(name, *args):
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PACKAGE_DIR), env.get("PYTHONPATH")]))
    return subprocess.run([sys.executable, str(ROOT / "examples" / "python" / name), *map(str, args)],
                          env=env, capture_output=True, text=True, timeout=300, check=False)


class ParallelTallyExample(unittest.TestCase):
    def test_merged_shards_rank_the_town_ballots(self):
        ballots = ROOT / "examples" / "data" / "town_ballots.csv"
        done = run_example("parallel_tally.py", ballots, 3)
        self.assertEqual(done.returncode, 0, done.stderr)
        lines = done.stdout.splitlines()
        self.assertEqual(lines[0], "466 ballots counted in 3 shards; merged tally equals the whole")
        # One line per item, places in order: the town's four services.
        self.assertEqual(len(lines), 5)
        self.assertEqual(sorted(line.split(":")[0].split(". ")[1] for line in lines[1:]),
                         ["day_centre", "home_care", "respite_care", "transport"])


if __name__ == "__main__":
    unittest.main()
