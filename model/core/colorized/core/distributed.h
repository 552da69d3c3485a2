#pragma once
// Data-parallel training over several processes with c10d + Gloo (Debian's LibTorch ships it).

#include "colorized/core/trainer.h"

#include <memory>
#include <string>

namespace colorized {

struct DistributedConfig {
    int worldSize = 1;
    int rank = 0;
    std::string masterAddress = "127.0.0.1";
    int masterPort = 29500;
    // Fills unset fields (those still at the built-in defaults above) from MASTER_ADDR,
    // MASTER_PORT, WORLD_SIZE, RANK; values given explicitly (command line) win. Throws
    // std::invalid_argument for a variable that is not a number.
    // (Two overloads: a `= {}` default argument cannot name this class inside its own definition.)
    static DistributedConfig fromEnvironment(DistributedConfig defaults);
    static DistributedConfig fromEnvironment();
};

class DistributedContext;  // owns the TCPStore and ProcessGroupGloo

// Threading: one training thread per process calls all of these, in the same order on every rank
// (collectives are matched by order). With worldSize 1 they do nothing and the sync is empty.

// Joins the group (blocks until every rank has joined, throws after timeoutSeconds) and returns
// a GradientSync that all-reduces and averages gradients. The context must outlive training.
std::shared_ptr<DistributedContext> joinProcessGroup(const DistributedConfig& config,
                                                     int timeoutSeconds = 120);
GradientSync makeGradientSync(const std::shared_ptr<DistributedContext>& context);
// Broadcasts rank 0's parameters so every rank starts identical.
void broadcastParameters(const std::shared_ptr<DistributedContext>& context, torch::nn::Module& module);
void barrier(const std::shared_ptr<DistributedContext>& context);

}  // namespace colorized
