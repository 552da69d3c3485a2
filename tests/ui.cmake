# ui: the main window offscreen, with the real worker and a tiny model made by the test.
colorized_add_test(tst_mainwindow SOURCES tst_mainwindow.cpp guitestdata.h
                   LIBS colorized_ui colorized_imaging colorized_test_support)
set_target_properties(tst_mainwindow PROPERTIES AUTOMOC ON)

colorized_add_test(tst_language SOURCES tst_language.cpp LIBS colorized_ui)
set_target_properties(tst_language PROPERTIES AUTOMOC ON)

# The settings dock alone: bf16 offered only where the processor has it (cpuinfo fixtures).
colorized_add_test(tst_settingsdock SOURCES tst_settingsdock.cpp LIBS colorized_ui)

# The viewer alone, its compare modes and overlays checked on the pixels it draws.
colorized_add_test(tst_imageviewer SOURCES tst_imageviewer.cpp LIBS colorized_ui)

# ui/session, without widgets: the photo list model, and the session controller with the real
# worker and a tiny model made by the test.
colorized_add_test(tst_photolistmodel SOURCES tst_photolistmodel.cpp LIBS colorized_session)
colorized_add_test(tst_session SOURCES tst_session.cpp guitestdata.h
                   LIBS colorized_session colorized_imaging colorized_test_support)

# The collection review and the window's fit on a 1280x800 screen, with photos made by the test.
colorized_add_test(tst_review SOURCES tst_review.cpp guitestdata.h LIBS colorized_ui colorized_imaging)

# The thumbnail cache and the preview loader's order, without widgets.
colorized_add_test(tst_thumbnailcache SOURCES tst_thumbnailcache.cpp guitestdata.h LIBS colorized_session colorized_imaging)
# The session's undo commands and its project file (save, reopen, render again bit for bit,
# autosave, the quit question), with the real worker and a tiny model.
foreach(unit sessioncommands projectkeeper)
  colorized_add_test(tst_${unit} SOURCES tst_${unit}.cpp guitestdata.h
                     LIBS colorized_session colorized_imaging colorized_test_support)
endforeach()
target_compile_definitions(tst_projectkeeper PRIVATE COLORIZED_CLI="$<TARGET_FILE:colorized-cli>")
add_dependencies(tst_projectkeeper colorized-cli)

# The application binary itself: `colorized --screenshot` colorizes, saves the window and ends.
colorized_add_test(tst_screenshotrun SOURCES tst_screenshotrun.cpp guitestdata.h
                   LIBS colorized_imaging colorized_test_support Qt6::Gui Qt6::Test)
target_compile_definitions(tst_screenshotrun PRIVATE COLORIZED_GUI="$<TARGET_FILE:colorized>")
add_dependencies(tst_screenshotrun colorized)
