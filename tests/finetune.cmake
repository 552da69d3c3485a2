# Fine-tuning: distributed training, TrainJob, the model store, the wizard and the model manager.
colorized_add_test(tst_distributed SOURCES tst_distributed.cpp LIBS colorized_core)
set_target_properties(tst_distributed PROPERTIES AUTOMOC ON)

if(TARGET colorized_jobs)
  colorized_add_test(tst_trainjob SOURCES tst_trainjob.cpp finetunetestdata.h LIBS colorized_jobs colorized_core)
  set_target_properties(tst_trainjob PROPERTIES AUTOMOC ON)
endif()
