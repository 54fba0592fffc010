#!/usr/bin/env python3
"""Summarises `perf script` output of the app (a profile that bench/run.sh's PROFILE setting records).

Prints two tables of the samples' shares: by the innermost HomeRental frame of each stack (what the app was doing,
whatever library did the work for it), and by where the sampled instruction was (the assembly of a JIT-compiled
method, or the native library). Usage: perf script -i profile.data | bench/lib/profile-summary.py [rows]
"""
import collections
import re
import sys

APP_FRAME = re.compile(r"(HomeRental\.Api\.[\w.+<>`]+?)(?:::|\(|$)")
FRAME = re.compile(r"^\s*[0-9a-f]+\s+(.*)\s+\((.*)\)\s*$")
ASSEMBLY = re.compile(r"\[([A-Za-z][\w.]*)\]")
STATE_MACHINE = re.compile(r"\+<(\w+)>d__\d+.*")
# Frames that only pass work on: the caller below them is what the work is for.
PASS_THROUGH = ("CoalescedRead",)


def samples(lines):
    header, frames = None, []
    for line in lines:
        if not line.strip():
            if header is not None:
                yield header, frames
            header, frames = None, []
        elif line[0] not in " \t":
            header, frames = line, []
        else:
            match = FRAME.match(line)
            if match:
                frames.append((match.group(1), match.group(2)))
    if header is not None:
        yield header, frames


def app_frame(frames):
    for symbol, _ in frames:
        match = APP_FRAME.search(symbol)
        if match and not any(name in match.group(1) for name in PASS_THROUGH):
            return STATE_MACHINE.sub(lambda m: "." + m.group(1), match.group(1)).removeprefix("HomeRental.Api.")
    return "(no HomeRental frame: Kestrel, the thread pool, GC, native code)"


def location(frames):
    if not frames:
        return "?"
    symbol, dso = frames[0]
    assembly = ASSEMBLY.search(symbol)
    if "perf-" in dso and dso.endswith(".map"):
        return assembly.group(1) if assembly else "JIT-compiled code"
    return dso.rsplit("/", 1)[-1]


def main():
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 25
    by_app, by_location, total = collections.Counter(), collections.Counter(), 0
    for _, frames in samples(sys.stdin):
        total += 1
        by_app[app_frame(frames)] += 1
        by_location[location(frames)] += 1
    if total == 0:
        sys.exit("No samples: was perf recording the app?")
    for title, counter in (("innermost HomeRental frame", by_app), ("where the instruction was", by_location)):
        print(f"| share | {title} |\n| ---: | --- |")
        for name, count in counter.most_common(rows):
            print(f"| {100 * count / total:.1f}% | {name} |")
        print()
    print(f"{total} samples")


if __name__ == "__main__":
    main()
