#include "colorized/core/distributed.h"

#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>
#include <torch/nn/module.h>

#include <chrono>
#include <cstdlib>
#include <map>
#include <optional>
#include <stdexcept>

namespace colorized {

class DistributedContext {
public:
    DistributedConfig config;
    c10::intrusive_ptr<c10d::TCPStore> store;           // null when worldSize == 1
    c10::intrusive_ptr<c10d::ProcessGroupGloo> group;   // null when worldSize == 1
};

namespace {

// Parses a whole decimal integer; nothing when the text is not one.
std::optional<long> parseInteger(const char* text)
{
    if (text == nullptr || *text == '\0')
        return std::nullopt;
    char* end = nullptr;
    const long value = std::strtol(text, &end, 10);
    if (end == nullptr || *end != '\0')
        return std::nullopt;
    return value;
}

int integerFromEnvironment(const char* name)
{
    const char* text = std::getenv(name);
    const auto value = parseInteger(text);
    if (!value)
        throw std::invalid_argument(std::string("The environment variable ") + name + " is \"" + text
                                    + "\", which is not a whole number.");
    return static_cast<int>(*value);
}

void validate(const DistributedConfig& config)
{
    if (config.worldSize < 1)
        throw std::invalid_argument("The world size must be at least 1 (it is "
                                    + std::to_string(config.worldSize) + ").");
    if (config.rank < 0 || config.rank >= config.worldSize)
        throw std::invalid_argument("The rank must be between 0 and " + std::to_string(config.worldSize - 1)
                                    + " (it is " + std::to_string(config.rank) + ").");
    if (config.masterPort < 1 || config.masterPort > 65535)
        throw std::invalid_argument("The master port must be between 1 and 65535 (it is "
                                    + std::to_string(config.masterPort) + ").");
    if (config.masterAddress.empty())
        throw std::invalid_argument("The master address is empty.");
}

bool isLoopback(const std::string& address)
{
    return address == "localhost" || address.rfind("127.", 0) == 0 || address == "::1";
}

// The Gloo transport device: GLOO_SOCKET_IFNAME wins (as in PyTorch); a loopback master means
// every rank runs on this machine; otherwise the address this machine's host name resolves to.
std::shared_ptr<::gloo::transport::Device> makeDevice(const DistributedConfig& config)
{
    if (const char* interface = std::getenv("GLOO_SOCKET_IFNAME"); interface != nullptr && *interface != '\0')
        return c10d::ProcessGroupGloo::createDeviceForInterface(interface);
    if (isLoopback(config.masterAddress))
        return c10d::ProcessGroupGloo::createDeviceForHostname("127.0.0.1");
    return c10d::ProcessGroupGloo::createDefaultDevice();
}

// Tensors grouped by dtype and device, so each group travels as one flat buffer.
std::map<std::pair<int, std::string>, std::vector<torch::Tensor>> bucketsOf(const std::vector<torch::Tensor>& tensors)
{
    std::map<std::pair<int, std::string>, std::vector<torch::Tensor>> buckets;
    for (const auto& tensor : tensors) {
        if (!tensor.defined() || tensor.numel() == 0)
            continue;
        buckets[{static_cast<int>(tensor.scalar_type()), tensor.device().str()}].push_back(tensor);
    }
    return buckets;
}

torch::Tensor flatten(const std::vector<torch::Tensor>& tensors)
{
    std::vector<torch::Tensor> flat;
    flat.reserve(tensors.size());
    for (const auto& tensor : tensors)
        flat.push_back(tensor.reshape({-1}));
    return torch::cat(flat);
}

// Copies the flat buffer back into the tensors, in place.
void unflatten(const torch::Tensor& buffer, std::vector<torch::Tensor>& tensors)
{
    int64_t offset = 0;
    for (auto& tensor : tensors) {
        const int64_t count = tensor.numel();
        tensor.copy_(buffer.narrow(0, offset, count).view_as(tensor));
        offset += count;
    }
}

void waitFor(const c10::intrusive_ptr<c10d::Work>& work, const char* what)
{
    try {
        work->wait();
    } catch (const std::exception& error) {
        throw std::runtime_error(std::string("Distributed training failed during ") + what
                                 + ": another process may have stopped (" + error.what() + ").");
    }
}

}  // namespace

DistributedConfig DistributedConfig::fromEnvironment(DistributedConfig defaults)
{
    // A field still holding the built-in default counts as unset (command-line values win).
    const DistributedConfig builtIn;
    if (defaults.masterAddress == builtIn.masterAddress) {
        if (const char* address = std::getenv("MASTER_ADDR"); address != nullptr && *address != '\0')
            defaults.masterAddress = address;
    }
    if (defaults.masterPort == builtIn.masterPort && std::getenv("MASTER_PORT") != nullptr)
        defaults.masterPort = integerFromEnvironment("MASTER_PORT");
    if (defaults.worldSize == builtIn.worldSize && std::getenv("WORLD_SIZE") != nullptr)
        defaults.worldSize = integerFromEnvironment("WORLD_SIZE");
    if (defaults.rank == builtIn.rank && std::getenv("RANK") != nullptr)
        defaults.rank = integerFromEnvironment("RANK");
    return defaults;
}

DistributedConfig DistributedConfig::fromEnvironment()
{
    return fromEnvironment(DistributedConfig{});
}

std::shared_ptr<DistributedContext> joinProcessGroup(const DistributedConfig& config, int timeoutSeconds)
{
    validate(config);
    auto context = std::make_shared<DistributedContext>();
    context->config = config;
    if (config.worldSize == 1)
        return context;

    const auto timeout = std::chrono::milliseconds(int64_t{timeoutSeconds} * 1000);
    c10d::TCPStoreOptions storeOptions;
    storeOptions.port = static_cast<std::uint16_t>(config.masterPort);
    storeOptions.isServer = config.rank == 0;
    storeOptions.numWorkers = static_cast<std::size_t>(config.worldSize);
    storeOptions.waitWorkers = true;
    storeOptions.timeout = timeout;
    try {
        context->store = c10::make_intrusive<c10d::TCPStore>(config.masterAddress, storeOptions);
        auto options = c10d::ProcessGroupGloo::Options::create(timeout);
        options->devices.push_back(makeDevice(config));
        options->threads = 2;
        context->group = c10::make_intrusive<c10d::ProcessGroupGloo>(context->store, config.rank,
                                                                     config.worldSize, options);
    } catch (const std::exception& error) {
        throw std::runtime_error("Could not join the training group at " + config.masterAddress + ":"
                                 + std::to_string(config.masterPort) + " as rank " + std::to_string(config.rank)
                                 + " of " + std::to_string(config.worldSize) + " (" + error.what() + ").");
    }
    return context;
}

GradientSync makeGradientSync(const std::shared_ptr<DistributedContext>& context)
{
    if (!context || !context->group)
        return {};
    return [context](std::vector<torch::Tensor>& gradients) {
        torch::NoGradGuard noGrad;
        const double worldSize = context->config.worldSize;
        for (auto& [key, tensors] : bucketsOf(gradients)) {
            std::vector<torch::Tensor> buffers{flatten(tensors)};
            c10d::AllreduceOptions options;
            options.reduceOp = c10d::ReduceOp::SUM;
            waitFor(context->group->allreduce(buffers, options), "the gradient exchange");
            buffers[0].div_(worldSize);
            unflatten(buffers[0], tensors);
        }
    };
}

void broadcastParameters(const std::shared_ptr<DistributedContext>& context, torch::nn::Module& module)
{
    if (!context || !context->group)
        return;
    torch::NoGradGuard noGrad;
    std::vector<torch::Tensor> tensors = module.parameters(/*recurse=*/true);
    for (const auto& buffer : module.buffers(/*recurse=*/true))
        tensors.push_back(buffer);
    for (auto& [key, bucket] : bucketsOf(tensors)) {
        std::vector<torch::Tensor> buffers{flatten(bucket)};
        c10d::BroadcastOptions options;
        options.rootRank = 0;
        waitFor(context->group->broadcast(buffers, options), "the weight broadcast");
        unflatten(buffers[0], bucket);
    }
}

void barrier(const std::shared_ptr<DistributedContext>& context)
{
    if (!context || !context->group)
        return;
    waitFor(context->group->barrier(), "a barrier");
}

}  // namespace colorized
