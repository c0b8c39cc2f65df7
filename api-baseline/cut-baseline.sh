#!/usr/bin/env bash
# Cuts the API baseline that japicmp compares every published module with (docs/api-compatibility.md).
# Run it from the repository root on the commit of a release, with that release's version:
#
#   api-baseline/cut-baseline.sh 0.1.0
#
# It packages the published modules from the working tree and keeps only their .class files (no
# resources, no manifest timestamps), so each baseline jar is small and the same commit always gives
# the same bytes. Then set <api.baseline.version> in the root pom to the new version, empty the
# <excludes> block of announced changes there and docs/api-changes.md, and delete the old jars.
set -euo pipefail
version="${1:?usage: api-baseline/cut-baseline.sh <release version>}"
modules=(cms-core cms-testkit cms-storage-jpa cms-webhooks cms-render cms-site cms-ninjs cms-search-lucene dateline-spring-boot-starter)
cd "$(dirname "$0")/.."
./mvnw -B -q package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
  -Dspotless.check.skip=true -Djapicmp.skip=true -pl "$(IFS=,; echo "${modules[*]}")" -am
for module in "${modules[@]}"; do
  python3 - "$module"/target/"$module"-*[0-9T].jar "api-baseline/$module-$version.jar" <<'PY'
import sys, zipfile
source, target = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(source) as jar, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
    for name in sorted(n for n in jar.namelist() if n.endswith(".class")):
        entry = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
        entry.compress_type = zipfile.ZIP_DEFLATED
        out.writestr(entry, jar.read(name))
PY
  echo "api-baseline/$module-$version.jar"
done
