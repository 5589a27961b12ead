#!/usr/bin/env python3
# Alternating runs of shell commands: each command once per round (a first round is a warm-up and
# not counted), then per command the median and least wall time and median and least CPU time
# (user + system of the child processes).
#
#   python3 scripts/bench/alternate.py ROUNDS "COMMAND 1" "COMMAND 2" ...
import sys, subprocess, statistics, time, os, resource
runs=int(sys.argv[1]); cmds=sys.argv[2:]
W={c:[] for c in cmds}; C={c:[] for c in cmds}
for r in range(runs+1):
  for c in cmds:
    t0=time.perf_counter(); ru0=resource.getrusage(resource.RUSAGE_CHILDREN)
    p=subprocess.run(c,shell=True,stdout=subprocess.DEVNULL,stderr=subprocess.PIPE)
    t=time.perf_counter()-t0; ru=resource.getrusage(resource.RUSAGE_CHILDREN)
    if p.returncode: print("FAIL",c,p.stderr.decode()[-500:]); sys.exit(1)
    if r==0: continue
    W[c].append(t); C[c].append(ru.ru_utime-ru0.ru_utime+ru.ru_stime-ru0.ru_stime)
print("load", os.getloadavg()[0])
for c in cmds:
  w=sorted(W[c]); print(f"wall med {statistics.median(w):.3f} min {w[0]:.3f}  cpu med {statistics.median(C[c]):.3f} min {min(C[c]):.3f} | {c[:150]}")
