# Data helper's units in model/imaging: dataset reader, metrics, pack builder.
colorized_add_test(tst_metrics SOURCES tst_metrics.cpp LIBS colorized_imaging)
