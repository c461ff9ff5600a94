"""Count ballot shards in parallel processes and merge the tallies (kpss.rank).

Each worker reads the ballot file, counts its own range of ballots and returns the tally as
bytes; the parent merges them. The merged tally equals counting everything at once, bit for
bit, so the ranking is the same whatever the number of workers.

    KPSS_LIBRARY=build/release PYTHONPATH=bindings/python \
        python3 examples/python/parallel_tally.py examples/data/town_ballots.csv [WORKERS]
"""
import concurrent.futures
import sys

from kpss import rank as kr


def count_shard(path: str, first: int, last: int) -> bytes:
    with kr.Ballots.read(path) as ballots:
        with ballots.tally(first, last) as tally:
            return tally.to_bytes()


def main(path: str, workers: int = 4) -> None:
    with kr.Ballots.read(path) as ballots:
        n = len(ballots)
        whole = ballots.tally().to_bytes()
    cuts = [n * k // workers for k in range(workers + 1)]
    with concurrent.futures.ProcessPoolExecutor(max_workers=workers) as pool:
        shards = list(pool.map(count_shard, [path] * workers, cuts[:-1], cuts[1:]))
    merged = kr.Tally.from_bytes(shards[0])
    for shard in shards[1:]:
        merged.merge(kr.Tally.from_bytes(shard))
    assert merged.to_bytes() == whole, "merged shards differ from the whole tally"
    ranking = kr.rank(merged)  # roles-equal policy, weighted mean scores
    print(f"{n} ballots counted in {workers} shards; merged tally equals the whole")
    for place, group in enumerate(ranking.ranking, start=1):
        for item in group:
            print(f"{place}. {item}: score {ranking.scores[item]:.3f}, support {100 * ranking.support[item]:.0f} %")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "examples/data/town_ballots.csv",
         int(sys.argv[2]) if len(sys.argv) > 2 else 4)
