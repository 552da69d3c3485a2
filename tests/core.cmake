# model/core: LibTorch only.
# Processor capabilities and the bf16 policy: cpuinfo fixtures in data/cpuinfo/, no LibTorch.
colorized_add_test(tst_processor SOURCES tst_processor.cpp LIBS colorized_processor)
# Model headers checked without LibTorch: limits, tensors, the fuzzer's corpus in data/fuzz/.
colorized_add_test(tst_modelformat SOURCES tst_modelformat.cpp LIBS colorized_modelformat)
colorized_add_test(tst_schedule SOURCES tst_schedule.cpp LIBS colorized_core)
colorized_add_test(tst_samplers SOURCES tst_samplers.cpp LIBS colorized_core)
colorized_add_test(tst_unet SOURCES tst_unet.cpp LIBS colorized_core)
colorized_add_test(tst_network SOURCES tst_network.cpp LIBS colorized_test_support)
colorized_add_test(tst_safetensors SOURCES tst_safetensors.cpp LIBS colorized_test_support)
colorized_add_test(tst_trainer SOURCES tst_trainer.cpp LIBS colorized_test_support)
