"""`make bench`: extraction throughput against bare underthesea tokenization, same run.

Machines here are shared and noisy, so every figure is the best of several rounds and the
result that counts is the ratio to the reference measured alongside it.
"""

import argparse
import sys
import time
from pathlib import Path

from underthesea import word_tokenize

from nlp import build_nlp, extract_many, extract_report
from nlp.read import read_file

TARGET_RATIO = 0.8


def best_time(fn, rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=Path("../shared/seeds"))
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--copies", type=int, default=8,
                        help="copies of the seed set for the two-process run")
    args = parser.parse_args(argv)
    paths = sorted(args.seeds.glob("*.txt"))
    if not paths:
        print(f"no seed reports in {args.seeds}", file=sys.stderr)
        return 2
    texts = [read_file(path) for path in paths]
    lines = [line for text in texts for line in text.split("\n") if line.strip()]
    chars = sum(len(text) for text in texts)
    line_chars = sum(len(line) for line in lines)

    build_nlp()
    word_tokenize("khởi động")  # load the model outside the timing
    for text in texts:
        extract_report(text)

    reference = best_time(lambda: [word_tokenize(line) for line in lines], args.rounds)
    extraction = best_time(lambda: [extract_report(text) for text in texts], args.rounds)
    ref_rate = line_chars / reference
    ext_rate = chars / extraction
    ratio = ext_rate / ref_rate

    corpus = texts * args.copies
    corpus_chars = chars * args.copies
    one = best_time(lambda: extract_many(corpus, n_process=1), max(1, args.rounds // 2))
    two = best_time(lambda: extract_many(corpus, n_process=2), max(1, args.rounds // 2))

    print(f"seed reports: {len(texts)} files, {chars:,} characters ({len(lines)} non-empty lines)")
    print(f"reference  underthesea.word_tokenize, every line : {ref_rate:12,.0f} chars/s")
    print(f"extraction extract_report, whole pipeline, 1 core: {ext_rate:12,.0f} chars/s")
    print(f"ratio extraction / reference                     : {ratio:12.2f}  "
          f"(target >= {TARGET_RATIO}: {'met' if ratio >= TARGET_RATIO else 'NOT met'})")
    print(f"batch of {len(corpus)} reports, 1 process          : "
          f"{corpus_chars / one:12,.0f} chars/s")
    print(f"batch of {len(corpus)} reports, 2 processes        : "
          f"{corpus_chars / two:12,.0f} chars/s  (x{one / two:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
