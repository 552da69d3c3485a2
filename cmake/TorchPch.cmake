# A precompiled <torch/torch.h> for the translation units that include LibTorch. Parsing it is
# about half of such a unit's compile time (measured, GCC 12, -O3: schedule.cpp 14.6 s of CPU
# without, 6.5 s with; tst_unet.cpp 23.3 s -> 14.6 s). model/core builds it once (24 s, a
# 570 MB .gch); the other targets that see LibTorch reuse it, which GCC accepts because their
# flags match (-fPIC, -O3, NDEBUG, C++17) and none of their macros appear in LibTorch's headers.
# Files without LibTorch are listed to skip it: loading the .gch would cost them about 3 s.
option(COLORIZED_PCH "Precompile <torch/torch.h> for the LibTorch translation units" ON)

# colorized_torch_pch(TARGET [SKIP file...]): `TARGET` compiles with the precompiled header,
# except the files after SKIP (paths relative to the calling directory) and its AUTOMOC file.
function(colorized_torch_pch target)
  if(NOT COLORIZED_PCH)
    return()
  endif()
  cmake_parse_arguments(ARG "" "" "SKIP" ${ARGN})
  if(target STREQUAL "colorized_core")
    target_precompile_headers(colorized_core PRIVATE <torch/torch.h>)
  else()
    target_precompile_headers(${target} REUSE_FROM colorized_core)
  endif()
  get_target_property(automoc ${target} AUTOMOC)
  if(automoc)
    list(APPEND ARG_SKIP "${CMAKE_CURRENT_BINARY_DIR}/${target}_autogen/mocs_compilation.cpp")
  endif()
  if(ARG_SKIP)
    set_source_files_properties(${ARG_SKIP} PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
  endif()
endfunction()
