# INTERFACE target every project target links: warnings on, for our code only.
add_library(colorized_warnings INTERFACE)
target_compile_options(colorized_warnings INTERFACE -Wall -Wextra -Wpedantic)
