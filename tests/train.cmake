# colorized-train end to end: packs in, a model out, the options of `colorized-cli train`.
colorized_add_test(tst_trainprogram SOURCES tst_trainprogram.cpp LIBS colorized_test_support)
target_compile_definitions(tst_trainprogram PRIVATE
  COLORIZED_TRAIN="$<TARGET_FILE:colorized-train>" COLORIZED_CLI="$<TARGET_FILE:colorized-cli>")
add_dependencies(tst_trainprogram colorized-train colorized-cli)
