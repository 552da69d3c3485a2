#pragma once
// Tools > Models…: the installed models with their metadata (base, data, steps, date, held-out
// metrics); switch the active one, rename, delete fine-tuned or imported ones (never a model
// that came with COLORIZED), import a .safetensors file (validated first), reveal the file in
// the file manager. Whole-file work (import, rename) runs through QtConcurrent. GUI thread only.

#include "colorized/jobs/modelstore.h"

#include <QDialog>
#include <QFutureWatcher>

#include <functional>

class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace colorized::models {

class ModelManagerDialog : public QDialog {
    Q_OBJECT
public:
    struct Hooks {
        std::function<QString()> activeModel;                 // empty: QSettings "model/path"
        std::function<void(const QString& path)> activate;    // empty: writes QSettings
        // Replaceable for tests (no modal dialogs): import file, new name, confirm delete.
        std::function<QString()> chooseImportFile;
        std::function<bool(QString& name, QString& description)> askName;
        std::function<bool(const QString& name)> confirmDelete;
    };

    explicit ModelManagerDialog(Hooks hooks = {}, QWidget* parent = nullptr);

    void refresh();
    QTreeWidget* list() const { return list_; }
    const QVector<colorized::jobs::InstalledModel>& models() const { return models_; }
    // Selects the model with this path (nothing when absent).
    void select(const QString& path);

    void useSelected();
    void renameSelected();
    void deleteSelected();
    void importFile();
    void revealSelected();

Q_SIGNALS:
    void activeModelChanged(const QString& path);
    // An import or rename ended (ok or with a message shown).
    void operationFinished(bool ok);

private:
    const colorized::jobs::InstalledModel* selected() const;
    QString activeModel() const;
    void setActive(const QString& path);
    void showDetails();
    void runInBackground(const QString& busyText, std::function<colorized::jobs::StoreResult()> work,
                         std::function<void(const colorized::jobs::StoreResult&)> done);

    Hooks hooks_;
    QVector<colorized::jobs::InstalledModel> models_;
    QTreeWidget* list_ = nullptr;
    QTextBrowser* details_ = nullptr;
    QLabel* status_ = nullptr;
    QPushButton* use_ = nullptr;
    QPushButton* rename_ = nullptr;
    QPushButton* delete_ = nullptr;
    QPushButton* import_ = nullptr;
    QPushButton* reveal_ = nullptr;
    QFutureWatcher<colorized::jobs::StoreResult> watcher_;
    std::function<void(const colorized::jobs::StoreResult&)> done_;
};

}  // namespace colorized::models
