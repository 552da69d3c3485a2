// The model store (list, import with validation, install, rename, delete; shipped models are
// read-only) and the model manager dialog over it.

#include "finetunetestdata.h"

#include "modelmanagerdialog.h"

#include "colorized/core/safetensors.h"
#include "colorized/jobs/modelstore.h"

#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace colorized;
using namespace colorized::jobs;

namespace {

std::string local(const QString& path)
{
    return QFile::encodeName(path).toStdString();
}

bool listed(const QString& path)
{
    const auto models = listInstalledModels();
    return std::any_of(models.begin(), models.end(),
                       [&](const InstalledModel& m) { return QFileInfo(m.path) == QFileInfo(path); });
}

}  // namespace

class TestModelManager : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void importValidatesFirst();
    void installRenameDelete();
    void shippedModelsAreReadOnly();
    void dialogSwitchesAndDeletes();

private:
    QTemporaryDir dir_;
    QString modelPath_;
};

void TestModelManager::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(dir_.isValid());
    modelPath_ = dir_.filePath(QStringLiteral("Somebody's Model.safetensors"));
    colorized::testsupport::writeTinyModel(modelPath_, finetunetest::tinyBaseModel("somebody's model"));
}

void TestModelManager::init()
{
    QDir(userModelsFolder()).removeRecursively();
    QSettings().remove(QStringLiteral("model/path"));
}

void TestModelManager::importValidatesFirst()
{
    // Not a model: random bytes, and a safetensors file without a model's metadata.
    const QString garbage = dir_.filePath(QStringLiteral("garbage.safetensors"));
    QFile file(garbage);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(100, 'x'));
    file.close();
    StoreResult result = importModel(garbage);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QStringLiteral("garbage.safetensors")), qPrintable(result.error));
    QVERIFY(!QDir(userModelsFolder()).exists() || QDir(userModelsFolder()).isEmpty());

    const QString bare = dir_.filePath(QStringLiteral("bare.safetensors"));
    writeSafetensors(local(bare), SafetensorsContent{{{"w", torch::zeros({2})}}, {}});
    QVERIFY(!importModel(bare).ok());

    // A real model: copied (the source stays), listed, loadable.
    result = importModel(modelPath_);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(QFileInfo::exists(modelPath_));
    QVERIFY(isUserModel(result.path));
    QCOMPARE(QFileInfo(result.path).fileName(), QStringLiteral("somebody-s-model.safetensors"));
    QVERIFY(listed(result.path));
    QCOMPARE(sha256OfFile(local(result.path)), sha256OfFile(local(modelPath_)));
    // Importing again does not overwrite the first copy.
    const StoreResult again = importModel(modelPath_);
    QVERIFY(again.ok());
    QVERIFY(again.path != result.path);
}

void TestModelManager::installRenameDelete()
{
    StoreResult installed = installModel(modelPath_, QStringLiteral("Harbour 1950s"), QStringLiteral("Boats."));
    QVERIFY2(installed.ok(), qPrintable(installed.error));
    ModelInfo info = readModelInfo(local(installed.path));
    QCOMPARE(info.name, std::string("Harbour 1950s"));
    QCOMPARE(info.description, std::string("Boats."));
    const auto before = readSafetensors(local(installed.path)).tensors;

    const StoreResult renamed = renameModel(installed.path, QStringLiteral("Harbour, hand-tinted"), QStringLiteral("Boats and nets."));
    QVERIFY2(renamed.ok(), qPrintable(renamed.error));
    QVERIFY(!QFileInfo::exists(installed.path));
    info = readModelInfo(local(renamed.path));
    QCOMPARE(info.name, std::string("Harbour, hand-tinted"));
    QCOMPARE(info.description, std::string("Boats and nets."));
    // Weights untouched by a rename.
    const auto after = readSafetensors(local(renamed.path)).tensors;
    QCOMPARE(after.size(), before.size());
    for (const auto& [name, tensor] : before)
        QVERIFY(torch::equal(after.at(name), tensor));

    const auto described = describeModel(renamed.path);
    QVERIFY(!described.shipped);
    QCOMPARE(described.provenance.value(QStringLiteral("date")).toString(), QStringLiteral("2026-11-26"));

    QVERIFY(deleteModel(renamed.path).ok());
    QVERIFY(!QFileInfo::exists(renamed.path));
    QVERIFY(!installModel(modelPath_, QStringLiteral("   "), {}).ok());
}

void TestModelManager::shippedModelsAreReadOnly()
{
    // Anything outside the user's model folder came with the application (or from elsewhere).
    QVERIFY(!isUserModel(modelPath_));
    QVERIFY(describeModel(modelPath_).shipped);
    QVERIFY(!deleteModel(modelPath_).ok());
    QVERIFY(!renameModel(modelPath_, QStringLiteral("x"), {}).ok());
    QVERIFY(QFileInfo::exists(modelPath_));
}

void TestModelManager::dialogSwitchesAndDeletes()
{
    const StoreResult installed = installModel(modelPath_, QStringLiteral("Mine"), {});
    QVERIFY(installed.ok());
    QString active = modelPath_;  // a model outside the folders, active: listed too
    colorized::models::ModelManagerDialog::Hooks hooks;
    hooks.activeModel = [&active] { return active; };
    hooks.activate = [&active](const QString& path) { active = path; };
    hooks.confirmDelete = [](const QString&) { return true; };
    const QString importSource = dir_.filePath(QStringLiteral("to-import.safetensors"));
    colorized::testsupport::writeTinyModel(importSource, finetunetest::tinyBaseModel("imported one"));
    hooks.chooseImportFile = [importSource] { return importSource; };
    colorized::models::ModelManagerDialog dialog(hooks);
    dialog.show();

    auto* deleteButton = dialog.findChild<QPushButton*>(QStringLiteral("deleteButton"));
    auto* useButton = dialog.findChild<QPushButton*>(QStringLiteral("useButton"));
    dialog.select(modelPath_);
    QVERIFY(!deleteButton->isEnabled());  // not the archivist's: never deleted
    QVERIFY(!useButton->isEnabled());     // already active

    dialog.select(installed.path);
    QVERIFY(deleteButton->isEnabled());
    QSignalSpy switched(&dialog, &colorized::models::ModelManagerDialog::activeModelChanged);
    useButton->click();
    QCOMPARE(switched.count(), 1);
    QCOMPARE(QFileInfo(active), QFileInfo(installed.path));

    QSignalSpy finished(&dialog, &colorized::models::ModelManagerDialog::operationFinished);
    dialog.importFile();
    QVERIFY(finished.wait(60000));
    QVERIFY(finished.at(0).at(0).toBool());
    bool found = false;
    for (const auto& model : dialog.models())
        found = found || model.name == QLatin1String("imported one");
    QVERIFY(found);

    // Deleting the active model falls back to a shipped one (or none): never a dangling path.
    dialog.select(installed.path);
    dialog.deleteSelected();
    QVERIFY(!QFileInfo::exists(installed.path));
    QVERIFY(QFileInfo(active) != QFileInfo(installed.path));
}

QTEST_MAIN(TestModelManager)
#include "tst_modelmanager.moc"
