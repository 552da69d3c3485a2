# ui: the main window offscreen, with the real worker and a tiny model made by the test.
colorized_add_test(tst_mainwindow SOURCES tst_mainwindow.cpp guitestdata.h
                   LIBS colorized_ui colorized_imaging colorized_test_support)
set_target_properties(tst_mainwindow PROPERTIES AUTOMOC ON)

colorized_add_test(tst_language SOURCES tst_language.cpp LIBS colorized_ui)
set_target_properties(tst_language PROPERTIES AUTOMOC ON)

# The settings dock alone: bf16 offered only where the processor has it (cpuinfo fixtures).
colorized_add_test(tst_settingsdock SOURCES tst_settingsdock.cpp LIBS colorized_ui)
