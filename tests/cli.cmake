# colorized-cli end to end: exit codes, messages, never writing over an input.
colorized_add_test(tst_cli SOURCES tst_cli.cpp LIBS colorized_test_support Qt6::Gui)
target_compile_definitions(tst_cli PRIVATE COLORIZED_CLI="$<TARGET_FILE:colorized-cli>")
add_dependencies(tst_cli colorized-cli)
