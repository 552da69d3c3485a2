# Fine-tuning: distributed training, TrainJob, the model store, the wizard and the model manager.
colorized_add_test(tst_distributed SOURCES tst_distributed.cpp LIBS colorized_test_support)
set_target_properties(tst_distributed PROPERTIES AUTOMOC ON)

colorized_add_test(tst_trainjob SOURCES tst_trainjob.cpp finetunetestdata.h
                   LIBS colorized_jobs colorized_test_support)
set_target_properties(tst_trainjob PROPERTIES AUTOMOC ON)

if(COLORIZED_BUILD_GUI)
  colorized_add_test(tst_finetunewizard SOURCES tst_finetunewizard.cpp finetunetestdata.h
                     LIBS colorized_finetune_ui colorized_jobs colorized_test_support)
  set_target_properties(tst_finetunewizard PROPERTIES AUTOMOC ON)

  colorized_add_test(tst_modelmanager SOURCES tst_modelmanager.cpp finetunetestdata.h
                     LIBS colorized_models_ui colorized_jobs colorized_test_support)
  set_target_properties(tst_modelmanager PROPERTIES AUTOMOC ON)

  # Not a test: drives the wizard on a real display and saves screenshots (docs/screenshots).
  add_executable(tour_finetune EXCLUDE_FROM_ALL tour_finetune.cpp)
  target_link_libraries(tour_finetune PRIVATE colorized_finetune_ui colorized_warnings)
  set_target_properties(tour_finetune PROPERTIES AUTOMOC ON)
endif()
