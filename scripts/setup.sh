#!/usr/bin/env bash
# Installs what MeStore Web needs on a fresh Debian 12 machine and is quick when all is there.
# Sourced by ./mestore; every function is idempotent.

# Debian packages, by what needs them.
APT_BUILD=(g++ cmake make pkg-config dpkg-dev autoconf automake libtool
  emscripten binaryen node-acorn nodejs
  nlohmann-json3-dev doctest-dev libcpp-httplib-dev libsodium-dev libsqlite3-dev sqlite3
  libsqlitecpp-dev libcli11-dev libstb-dev zlib1g-dev libjpeg62-turbo-dev john-data
  fonts-roboto-unhinted fonts-font-awesome)
APT_TEST=(chromium sqlite3 sqlmap wapiti clang-14 libclang-rt-14-dev)
APT_BENCH=(wrk nginx-light hyperfine)

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
log() { printf '\033[1;34m[mestore]\033[0m %s\n' "$*" >&2; }

# Node may come from NodeSource rather than Debian: accept any nodejs >= 18 already present.
pkg_present() {
  case "$1" in
    nodejs) command -v node >/dev/null && return 0 ;;
  esac
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "ok installed"
}

ensure_apt() {
  local missing=()
  for p in "$@"; do pkg_present "$p" || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing Debian packages: ${missing[*]}"
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# `apt-get source` needs deb-src entries; Debian 12 images ship only `deb` ones.
ensure_deb_src() {
  if ! grep -rqs '^Types:.*deb-src\|^deb-src ' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    log "adding deb-src entries for apt-get source"
    sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources |
      as_root tee /etc/apt/sources.list.d/debian-src.sources >/dev/null
    # To stderr: fetch_source's caller reads the folder from stdout.
    as_root apt-get update -q >&2
  fi
}

# Fetches a Debian source package once into $THIRD_PARTY/src; prints its folder.
fetch_source() { # name glob
  local name=$1 glob=$2 dir
  dir=$(ls -d "$THIRD_PARTY/src/"$glob 2>/dev/null | head -n1)
  if [ -z "$dir" ]; then
    ensure_deb_src
    mkdir -p "$THIRD_PARTY/src"
    log "fetching $name source (apt-get source)"
    (cd "$THIRD_PARTY/src" && apt-get source -q "$name" >/dev/null 2>&1) ||
      (cd "$THIRD_PARTY/src" && apt-get update -q >/dev/null && apt-get source -q "$name" >/dev/null)
    dir=$(ls -d "$THIRD_PARTY/src/"$glob | head -n1)
  fi
  echo "$dir"
}

# libsodium compiled to WebAssembly, cached by version (toolchain.md gotchas 6 and 7).
ensure_sodium_wasm() {
  local src ver prefix
  src=$(fetch_source libsodium 'libsodium-1.0.*[0-9]')
  ver=$(basename "$src" | sed 's/^libsodium-//')
  prefix="$THIRD_PARTY/libsodium-$ver-wasm"
  if [ ! -f "$prefix/lib/libsodium.a" ]; then
    log "building libsodium $ver for WebAssembly (about a minute)"
    local work="$THIRD_PARTY/libsodium-$ver-wasm-build"
    rm -rf "$work" && cp -r "$src" "$work"
    local logf="$THIRD_PARTY/libsodium-wasm-build.log"
    (cd "$work" && ./autogen.sh -s &&
      emconfigure ./configure --host=wasm32-unknown-emscripten --disable-shared --enable-static \
        --without-pthreads --disable-ssp --disable-asm --disable-pie --enable-minimal \
        --prefix="$prefix" &&
      emmake make -j"$(nproc)" install) >"$logf" 2>&1 || { tail -30 "$logf"; log "libsodium wasm build failed (log: $logf)"; return 1; }
    rm -rf "$work"
  fi
  SODIUM_WASM_DIR=$prefix
}

ensure_imgui_source() {
  IMGUI_DIR=$(fetch_source imgui 'imgui-1.86*')
}

ensure_npm() {
  if [ ! -d "$ROOT/node_modules/playwright-core" ] || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
    log "installing npm packages (playwright-core, swagger-ui-dist)"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

setup_build() { ensure_apt "${APT_BUILD[@]}"; ensure_imgui_source; ensure_sodium_wasm; ensure_npm; }
setup_test()  { setup_build; ensure_apt "${APT_TEST[@]}"; }
setup_bench() { setup_test; ensure_apt "${APT_BENCH[@]}"; }
