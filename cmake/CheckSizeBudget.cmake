# ctest `size_budget`: the Wasm app's download (app.wasm + app.js, gzipped) must stay within the
# budget. Sizes are deterministic for a given source tree, so this is the one figure that may fail
# a test run (timings never do).
#   cmake -DSIZES=<build/wasm/web-sizes.json> -DBUDGET_KIB=600 -P CheckSizeBudget.cmake
file(READ ${SIZES} sizes)
string(JSON wasm_gz GET "${sizes}" wasm_gz)
string(JSON js_gz GET "${sizes}" js_gz)
math(EXPR total "${wasm_gz} + ${js_gz}")
math(EXPR total_kib "${total} / 1024")
math(EXPR budget "${BUDGET_KIB} * 1024")
if(total GREATER budget)
  message(FATAL_ERROR "app.wasm + app.js gzipped: ${total_kib} KiB, over the ${BUDGET_KIB} KiB budget")
endif()
message(STATUS "app.wasm + app.js gzipped: ${total_kib} KiB (budget ${BUDGET_KIB} KiB)")
