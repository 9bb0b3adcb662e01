#!/usr/bin/env bash
# Installs every Debian 12 package dxnews needs to build, test, benchmark and fuzz.
set -euo pipefail
packages=(
  cmake g++ make pkg-config
  libcurl4-openssl-dev libgumbo-dev libpugixml-dev libicu-dev libxapian-dev libsqlite3-dev zlib1g-dev
  catch2 libcli11-dev nlohmann-json3-dev libtomlplusplus-dev libcpp-httplib-dev
)
if [ "${DXNEWS_DEV_TOOLS:-0}" = 1 ]; then
  packages+=(clang libclang-rt-14-dev libbenchmark-dev time)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
