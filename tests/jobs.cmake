# model/jobs: the colorization worker, export with provenance, model lookup.
foreach(unit colorizejob exporter modellocator)
  colorized_add_test(tst_${unit} SOURCES tst_${unit}.cpp guitestdata.h
                     LIBS colorized_jobs colorized_imaging colorized_test_support)
  set_target_properties(tst_${unit} PROPERTIES AUTOMOC ON)
endforeach()
target_link_libraries(tst_exporter PRIVATE PkgConfig::EXIV2)

# The request queue shared by the GUI thread and the colorize worker, on its own.
colorized_add_test(tst_requestqueue SOURCES tst_requestqueue.cpp LIBS colorized_jobs)
