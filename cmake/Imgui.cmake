# Dear ImGui 1.86 from Debian's source package, compiled into each build with the test-engine
# hooks on: ui/automation.cpp implements them to publish every widget's rectangle to tests.
add_library(imgui STATIC
  ${IMGUI_DIR}/imgui.cpp ${IMGUI_DIR}/imgui_draw.cpp
  ${IMGUI_DIR}/imgui_tables.cpp ${IMGUI_DIR}/imgui_widgets.cpp)
target_include_directories(imgui SYSTEM PUBLIC ${IMGUI_DIR})
target_compile_options(imgui PRIVATE -w)  # third-party code, compiled as shipped
target_compile_definitions(imgui PUBLIC IMGUI_ENABLE_TEST_ENGINE IMGUI_DISABLE_DEMO_WINDOWS
  IMGUI_DISABLE_OBSOLETE_FUNCTIONS IMGUI_DISABLE_DEFAULT_SHELL_FUNCTIONS)

if(EMSCRIPTEN)
  add_library(imgui_backend_web STATIC
    ${IMGUI_DIR}/backends/imgui_impl_glfw.cpp)  # rendering: shell/web/webgl_renderer.cpp
  target_include_directories(imgui_backend_web SYSTEM PUBLIC ${IMGUI_DIR}/backends)
  target_compile_options(imgui_backend_web PRIVATE -w)
  target_link_libraries(imgui_backend_web PUBLIC imgui)
endif()
