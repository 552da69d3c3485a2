# model/imaging: scan loading, Lab, working resolution, guided upsampling, writing, pipeline.
# (dataset/metrics tests live in data.cmake.)
foreach(unit scan lab tensorbridge upsample areadownscale imagewriter pipeline scanstream colorcontent)
  colorized_add_test(tst_${unit} SOURCES tst_${unit}.cpp LIBS colorized_imaging)
  set_target_properties(tst_${unit} PROPERTIES AUTOMOC ON)
endforeach()
target_link_libraries(tst_pipeline PRIVATE colorized_test_support)

# tst_scan writes CMYK and oriented TIFFs itself (OpenCV cannot); libtiff-dev comes with
# libopencv-dev (through libopencv-highgui-dev).
find_package(TIFF REQUIRED)
target_link_libraries(tst_scan PRIVATE TIFF::TIFF)
target_link_libraries(tst_scanstream PRIVATE TIFF::TIFF)   # writes a tiled TIFF, which OpenCV cannot

# The hints file: no OpenCV, no LibTorch; the fuzzer's corpus in data/fuzz/hints.
colorized_add_test(tst_hintsfile SOURCES tst_hintsfile.cpp LIBS colorized_hints)
