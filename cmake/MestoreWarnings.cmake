# Our own code builds warning-clean with -Wall -Wextra; third-party code is compiled as-is.
function(mestore_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wno-missing-field-initializers)
endfunction()
