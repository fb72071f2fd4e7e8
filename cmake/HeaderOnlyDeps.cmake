# Header-only Debian libraries used by both builds. The Wasm build must never see -I/usr/include
# (host libc headers break it), so we point at a folder of symlinks to just these libraries.
set(MESTORE_HEADER_LINKS ${CMAKE_BINARY_DIR}/header-links)
file(MAKE_DIRECTORY ${MESTORE_HEADER_LINKS})
foreach(lib nlohmann stb)
  if(NOT EXISTS ${MESTORE_HEADER_LINKS}/${lib})
    file(CREATE_LINK /usr/include/${lib} ${MESTORE_HEADER_LINKS}/${lib} SYMBOLIC)
  endif()
endforeach()
add_library(header_only_deps INTERFACE)
target_include_directories(header_only_deps SYSTEM INTERFACE ${MESTORE_HEADER_LINKS})
