#pragma once
// The Tools menu entries: "Fine-tune model…" (the wizard, non-modal, one at a time)
// and "Models…" (the model manager). The main window calls this once. GUI thread only.

#include <QString>

#include <functional>

class QMenu;
class QWidget;

namespace colorized::finetune {

struct ToolsHooks {
    std::function<QString()> activeModel;                 // the main window's active model
    std::function<void(const QString& path)> activate;    // makes a model the active one
};

void addFineTuningActions(QMenu* tools, QWidget* parent, const ToolsHooks& hooks);

}  // namespace colorized::finetune
