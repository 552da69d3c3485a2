# colorized-cli end to end: exit codes, messages, never writing over an input.
colorized_add_test(tst_cli SOURCES tst_cli.cpp LIBS colorized_test_support Qt6::Gui)
target_compile_definitions(tst_cli PRIVATE COLORIZED_CLI="$<TARGET_FILE:colorized-cli>")
add_dependencies(tst_cli colorized-cli)

# Issue 13's hostile inputs end to end: crafted hints and model files refused with one sentence,
# in bounded memory (the child runs under an address-space limit).
colorized_add_test(tst_hostileinputs SOURCES tst_hostileinputs.cpp LIBS colorized_imaging colorized_test_support Qt6::Gui)
target_compile_definitions(tst_hostileinputs PRIVATE COLORIZED_CLI="$<TARGET_FILE:colorized-cli>")
add_dependencies(tst_hostileinputs colorized-cli)

# Issue 13's giant scans: colorized in strips within the README's memory budget (the child's
# peak resident memory), or refused with the limit and how to raise it.
colorized_add_test(tst_largescans SOURCES tst_largescans.cpp LIBS colorized_jobs colorized_imaging colorized_test_support Qt6::Core)
target_compile_definitions(tst_largescans PRIVATE COLORIZED_CLI="$<TARGET_FILE:colorized-cli>")
add_dependencies(tst_largescans colorized-cli)
