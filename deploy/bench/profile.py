"""Sums Java Flight Recorder execution samples (jfr print --events jdk.ExecutionSample) by area and frame."""
import collections
import re
import sys

text = open(sys.argv[1]).read()
samples = text.split('jdk.ExecutionSample')[1:]
total = len(samples)
top, ours, areas = collections.Counter(), collections.Counter(), collections.Counter()
# innermost first: a sample counts for the first rule whose package is anywhere on its stack
rules = [('bcrypt (checking passwords at sign-in)', 'BCrypt'),
         ('MariaDB JDBC driver (sending queries, reading rows)', 'org.mariadb'),
         ('Hibernate / JPA (queries, entities)', 'org.hibernate'),
         ('Jackson / JSON', 'json'),
         ('Vaadin Flow (building components, UI changes, UIDL)', 'com.vaadin'),
         ('Spring Security filters', 'org.springframework.security'),
         ('Spring (other)', 'org.springframework'),
         ('Tomcat / HTTP', 'org.apache')]
for s in samples:
    frames = re.findall(r'^\s+([\w.$<>]+)\(', s, re.M)
    if not frames:
        continue
    top[frames[0]] += 1
    own = next((f for f in frames if f.startswith('org.ourvoice')), None)
    if own:
        ours[own] += 1
    lowered = [f.lower() for f in frames]
    area = next((name for name, key in rules if any(key.lower() in f for f in lowered)), 'other (JDK, JIT, GC helpers)')
    areas[area] += 1
print(f"{total} execution samples")
print("\nby area (a sample counts for the first of these whose code is on its stack):")
for a, n in areas.most_common():
    print(f"  {100 * n / total:5.1f} %  {a}")
print("\nportal code on the stack (innermost portal frame):")
for f, n in ours.most_common(15):
    print(f"  {100 * n / total:5.1f} %  {f}")
print("\nhottest leaf frames:")
for f, n in top.most_common(15):
    print(f"  {100 * n / total:5.1f} %  {f}")
