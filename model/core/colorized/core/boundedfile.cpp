#include "colorized/core/boundedfile.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace colorized {

namespace {

// A file descriptor closed on every path out.
class Descriptor {
public:
    explicit Descriptor(int fd) : fd_(fd) {}
    ~Descriptor()
    {
        if (fd_ >= 0)
            ::close(fd_);
    }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    int get() const { return fd_; }

private:
    int fd_;
};

void checkRegularAndSmall(const struct stat& status, uint64_t maxBytes)
{
    if (!S_ISREG(status.st_mode))
        throw BoundedFileError("it is not a regular file");
    if (uint64_t(status.st_size) > maxBytes)
        throw BoundedFileError("it is larger than " + byteLimitText(maxBytes));
}

// Reads at most maxBytes + 1 bytes, so a file that grows after fstat() is still refused.
std::string readBounded(int fd, uint64_t maxBytes)
{
    std::string text;
    char buffer[64 * 1024];
    while (text.size() <= maxBytes) {
        const ssize_t count = ::read(fd, buffer, sizeof buffer);
        if (count < 0 && errno == EINTR)
            continue;
        if (count < 0)
            throw BoundedFileError(std::strerror(errno));
        if (count == 0)
            return text;
        text.append(buffer, size_t(count));
    }
    throw BoundedFileError("it grew beyond " + byteLimitText(maxBytes) + " while being read");
}

}  // namespace

std::string byteLimitText(uint64_t bytes)
{
    constexpr uint64_t kMega = 1024 * 1024;
    if (bytes >= 16 * kMega && bytes % kMega == 0)
        return std::to_string(bytes / kMega) + " MB";
    return std::to_string(bytes / 1024) + " kB";
}

std::string readBoundedFile(const std::string& path, uint64_t maxBytes)
{
    struct stat status {};
    if (::stat(path.c_str(), &status) != 0)
        throw BoundedFileError(std::strerror(errno));
    checkRegularAndSmall(status, maxBytes);
    // O_NONBLOCK: should the path be swapped for a FIFO after stat(), open() still returns at
    // once, and fstat() below refuses it.
    const Descriptor fd(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
    if (fd.get() < 0)
        throw BoundedFileError(std::strerror(errno));
    if (::fstat(fd.get(), &status) != 0)
        throw BoundedFileError(std::strerror(errno));
    checkRegularAndSmall(status, maxBytes);
    return readBounded(fd.get(), maxBytes);
}

}  // namespace colorized
