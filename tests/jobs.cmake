# model/jobs: the colorization worker, export with provenance, model lookup.
# The provenance record, its sidecar and the file hash need neither LibTorch nor a model.
colorized_add_test(tst_provenance SOURCES tst_provenance.cpp LIBS colorized_jobs)
# The printable report lays out text: a QGuiApplication (offscreen) for its fonts.
colorized_add_test(tst_report SOURCES tst_report.cpp LIBS colorized_jobs)
# Tests that make a tiny model include core headers, hence colorized_imaging (LibTorch).
foreach(unit colorizejob exporter modellocator)
  colorized_add_test(tst_${unit} SOURCES tst_${unit}.cpp guitestdata.h
                     LIBS colorized_jobs colorized_imaging colorized_test_support)
  set_target_properties(tst_${unit} PROPERTIES AUTOMOC ON)
endforeach()
target_link_libraries(tst_exporter PRIVATE PkgConfig::EXIV2)

# The request queue shared by the GUI thread and the colorize worker, on its own.
colorized_add_test(tst_requestqueue SOURCES tst_requestqueue.cpp LIBS colorized_jobs)

# The project file's format and checks (model/project), without Qt beyond the test itself.
colorized_add_test(tst_project SOURCES tst_project.cpp LIBS colorized_project)
