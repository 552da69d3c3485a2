# model/core: LibTorch only.
colorized_add_test(tst_schedule SOURCES tst_schedule.cpp LIBS colorized_core)
colorized_add_test(tst_samplers SOURCES tst_samplers.cpp LIBS colorized_core)
colorized_add_test(tst_unet SOURCES tst_unet.cpp LIBS colorized_core)
colorized_add_test(tst_safetensors SOURCES tst_safetensors.cpp LIBS colorized_core)
colorized_add_test(tst_trainer SOURCES tst_trainer.cpp LIBS colorized_core)
