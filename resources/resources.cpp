// Anchor translation unit: CMake 3.25 refuses a library with no sources of its own, and the
// resources qt_add_resources() compiles are attached to this target afterwards.
namespace colorized {
const char* resourcePrefix() { return ":/colorized"; }
}  // namespace colorized
