# model/jobs: the colorization worker, export with provenance, model lookup.
foreach(unit colorizejob exporter modellocator)
  colorized_add_test(tst_${unit} SOURCES tst_${unit}.cpp guitestdata.h
                     LIBS colorized_jobs colorized_imaging colorized_test_support)
  set_target_properties(tst_${unit} PROPERTIES AUTOMOC ON)
endforeach()
target_link_libraries(tst_exporter PRIVATE PkgConfig::EXIV2)
