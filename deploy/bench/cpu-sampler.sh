#!/usr/bin/env bash
# cpu-sampler.sh PID FILE: every 5 s, appends "epoch-seconds cpu-seconds-of-PID load-average" to FILE
# while PID lives (the server's CPU time per interaction is then independent of other work on the machine).
hz=$(getconf CLK_TCK)
while [ -e "/proc/$1" ]; do
  echo "$(date +%s) $(awk -v hz="$hz" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$1/stat" 2>/dev/null) $(cut -d' ' -f1 /proc/loadavg)" >> "$2"
  sleep 5
done
