# model/imaging's training-data units: dataset reader, metrics, pack builder.
colorized_add_test(tst_metrics SOURCES tst_metrics.cpp LIBS colorized_imaging)
colorized_add_test(tst_hintadherence SOURCES tst_hintadherence.cpp LIBS colorized_imaging)
colorized_add_test(tst_dataset SOURCES tst_dataset.cpp LIBS colorized_imaging)
colorized_add_test(tst_packbuilder SOURCES tst_packbuilder.cpp LIBS colorized_imaging)
