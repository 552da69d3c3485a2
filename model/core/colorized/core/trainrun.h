#pragma once
// A whole training run from its command-line arguments: what `colorized-cli train` and
// `colorized-train` both run. Loads the data, builds a new network or loads --base, joins the
// data-parallel group when there is one, trains with progress lines on stdout, checkpoints
// (also on SIGINT/SIGTERM, after the current step) and exports the EMA weights.
// Called on the main thread of a command-line program: it installs signal handlers.

#include "colorized/core/trainoptions.h"

namespace colorized {

class FolderPacker;

// `folders` packs --data/--val folders; null (colorized-train) accepts packs only.
// Throws std::exception subclasses with a sentence for the user on bad input.
void runTrainCommand(const TrainArguments& args, FolderPacker* folders);

}  // namespace colorized
