#include "toolsactions.h"

#include "finetunewizard.h"
#include "modelmanagerdialog.h"

#include <QAction>
#include <QMenu>
#include <QPointer>
#include <QThread>

namespace colorized::finetune {

void addFineTuningActions(QMenu* tools, QWidget* parent, const ToolsHooks& hooks)
{
    auto* fineTune = tools->addAction(FineTuneWizard::tr("&Fine-tune model…"));
    fineTune->setObjectName(QStringLiteral("fineTuneAction"));
    fineTune->setStatusTip(FineTuneWizard::tr("Teach the model your collection's colors from your own photographs."));
    auto wizard = std::make_shared<QPointer<FineTuneWizard>>();
    QObject::connect(fineTune, &QAction::triggered, parent, [parent, hooks, wizard] {
        if (*wizard) {  // one run at a time: show the one that exists
            (*wizard)->show();
            (*wizard)->raise();
            (*wizard)->activateWindow();
            return;
        }
        FineTuneOptions options;
        options.activeModelPath = hooks.activeModel ? hooks.activeModel() : QString();
        options.activateModel = hooks.activate;
        // Leave one core to the rest of the application (docs/ARCHITECTURE.md, "Platform facts":
        // threads collapse when another process is busy), but never fewer than one.
        options.threads = std::max(1, QThread::idealThreadCount() - 1);
        auto* created = new FineTuneWizard(options, parent);
        created->setAttribute(Qt::WA_DeleteOnClose);
        created->setWindowFlag(Qt::Window);
        *wizard = created;
        created->show();
    });

    auto* models = tools->addAction(FineTuneWizard::tr("&Models…"));
    models->setObjectName(QStringLiteral("modelsAction"));
    models->setStatusTip(FineTuneWizard::tr("See, switch, rename, import and delete colorization models."));
    QObject::connect(models, &QAction::triggered, parent, [parent, hooks] {
        colorized::models::ModelManagerDialog::Hooks dialogHooks;
        dialogHooks.activeModel = hooks.activeModel;
        dialogHooks.activate = hooks.activate;
        auto* dialog = new colorized::models::ModelManagerDialog(dialogHooks, parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

}  // namespace colorized::finetune
