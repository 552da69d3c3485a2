#include "modelmanagerdialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace colorized::models {

using colorized::jobs::InstalledModel;
using colorized::jobs::StoreResult;

namespace {

constexpr char kModelPathKey[] = "model/path";  // as colorized/jobs/modellocator.h
enum Column { NameColumn, KindColumn, BaseColumn, DataColumn, StepsColumn, DateColumn, ColorColumn };

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

// The held-out CIEDE2000 of base and fine-tuned, when the wizard measured them.
bool heldOutColorDifference(const InstalledModel& model, double* base, double* tuned)
{
    const auto metrics = model.provenance.value(QStringLiteral("metrics")).toObject();
    const auto b = metrics.value(QStringLiteral("base")).toObject();
    const auto t = metrics.value(QStringLiteral("fine_tuned")).toObject();
    if (!b.contains(QStringLiteral("ciede2000")) || !t.contains(QStringLiteral("ciede2000")))
        return false;
    *base = b.value(QStringLiteral("ciede2000")).toDouble();
    *tuned = t.value(QStringLiteral("ciede2000")).toDouble();
    return true;
}

QString dataSummary(const InstalledModel& model)
{
    const auto data = model.provenance.value(QStringLiteral("data"));
    if (data.isObject()) {
        const auto object = data.toObject();
        const QString folder = QFileInfo(object.value(QStringLiteral("folder")).toString()).fileName();
        const int images = object.value(QStringLiteral("train_images")).toInt();
        return images > 0 ? ModelManagerDialog::tr("%1 (%2 photographs)").arg(folder).arg(images) : folder;
    }
    return data.toString();
}

}  // namespace

ModelManagerDialog::ModelManagerDialog(Hooks hooks, QWidget* parent)
    : QDialog(parent)
    , hooks_(std::move(hooks))
{
    setObjectName(QStringLiteral("modelManager"));
    setWindowTitle(tr("Models"));

    list_ = new QTreeWidget(this);
    list_->setObjectName(QStringLiteral("modelList"));
    list_->setHeaderLabels({tr("Name"), tr("Kind"), tr("Base model"), tr("Data"), tr("Steps"), tr("Date"),
                            tr("Color difference")});
    list_->headerItem()->setToolTip(ColorColumn, tr("Mean CIEDE2000 on the held-out photographs: base model, then "
                                                    "fine-tuned. Lower is better."));
    list_->setRootIsDecorated(false);
    list_->setAlternatingRowColors(true);
    list_->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    list_->header()->setStretchLastSection(false);
    details_ = new QTextBrowser(this);
    details_->setObjectName(QStringLiteral("modelDetails"));
    details_->setOpenLinks(false);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(list_);
    splitter->addWidget(details_);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    use_ = new QPushButton(tr("&Use"), this);
    use_->setObjectName(QStringLiteral("useButton"));
    rename_ = new QPushButton(tr("&Rename…"), this);
    rename_->setObjectName(QStringLiteral("renameButton"));
    delete_ = new QPushButton(tr("&Delete…"), this);
    delete_->setObjectName(QStringLiteral("deleteButton"));
    import_ = new QPushButton(tr("&Import…"), this);
    import_->setObjectName(QStringLiteral("importButton"));
    reveal_ = new QPushButton(tr("Show in &folder"), this);
    reveal_->setObjectName(QStringLiteral("revealButton"));
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("statusLabel"));
    status_->setWordWrap(true);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(use_, &QPushButton::clicked, this, &ModelManagerDialog::useSelected);
    connect(rename_, &QPushButton::clicked, this, &ModelManagerDialog::renameSelected);
    connect(delete_, &QPushButton::clicked, this, &ModelManagerDialog::deleteSelected);
    connect(import_, &QPushButton::clicked, this, &ModelManagerDialog::importFile);
    connect(reveal_, &QPushButton::clicked, this, &ModelManagerDialog::revealSelected);
    connect(list_, &QTreeWidget::currentItemChanged, this, &ModelManagerDialog::showDetails);
    connect(list_, &QTreeWidget::itemDoubleClicked, this, &ModelManagerDialog::useSelected);
    connect(&watcher_, &QFutureWatcher<StoreResult>::finished, this, [this] {
        setEnabled(true);
        const StoreResult result = watcher_.result();
        status_->setText(result.ok() ? QString() : result.error);
        if (done_)
            done_(result);
        Q_EMIT operationFinished(result.ok());
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(use_);
    buttons->addWidget(rename_);
    buttons->addWidget(delete_);
    buttons->addStretch(1);
    buttons->addWidget(reveal_);
    buttons->addWidget(import_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    layout->addWidget(status_);
    layout->addWidget(close);
    resize(860, 520);
    refresh();
}

QString ModelManagerDialog::activeModel() const
{
    if (hooks_.activeModel)
        return hooks_.activeModel();
    return QSettings().value(QLatin1String(kModelPathKey)).toString();
}

void ModelManagerDialog::setActive(const QString& path)
{
    if (hooks_.activate)
        hooks_.activate(path);
    else
        QSettings().setValue(QLatin1String(kModelPathKey), path);
    Q_EMIT activeModelChanged(path);
}

void ModelManagerDialog::refresh()
{
    const QString current = selected() ? selected()->path : activeModel();
    models_ = colorized::jobs::listInstalledModels();
    const QFileInfo active(activeModel());
    // The active model may live outside the model folders (chosen in the settings panel).
    if (active.isFile()
        && std::none_of(models_.begin(), models_.end(), [&](const InstalledModel& m) { return QFileInfo(m.path) == active; }))
        models_.push_back(colorized::jobs::describeModel(active.absoluteFilePath()));

    list_->clear();
    const QLocale locale;
    for (const auto& model : models_) {
        auto* item = new QTreeWidgetItem(list_);
        const bool isActive = QFileInfo(model.path) == active;
        item->setText(NameColumn, isActive ? tr("%1 (active)").arg(model.name) : model.name);
        QFont font = item->font(NameColumn);
        font.setBold(isActive);
        item->setFont(NameColumn, font);
        item->setToolTip(NameColumn, QDir::toNativeSeparators(model.path));
        QString kind = model.shipped ? tr("Installed with COLORIZED") : model.fineTuned ? tr("Fine-tuned") : tr("Imported");
        if (!model.error.isEmpty())
            kind = tr("Unreadable");
        item->setText(KindColumn, kind);
        item->setText(BaseColumn, model.baseName());
        item->setText(DataColumn, dataSummary(model));
        item->setText(StepsColumn, model.steps() > 0 ? locale.toString(model.steps()) : QString());
        item->setText(DateColumn, model.date().left(10));
        double base = 0.0, tuned = 0.0;
        if (heldOutColorDifference(model, &base, &tuned))
            item->setText(ColorColumn, tr("%1 → %2").arg(locale.toString(base, 'f', 2), locale.toString(tuned, 'f', 2)));
        item->setData(NameColumn, Qt::UserRole, model.path);
    }
    for (int column = KindColumn; column <= ColorColumn; ++column)
        list_->resizeColumnToContents(column);
    select(current);
    if (!list_->currentItem() && list_->topLevelItemCount() > 0)
        list_->setCurrentItem(list_->topLevelItem(0));
    showDetails();
}

void ModelManagerDialog::select(const QString& path)
{
    for (int i = 0; i < list_->topLevelItemCount(); ++i) {
        auto* item = list_->topLevelItem(i);
        if (QFileInfo(item->data(NameColumn, Qt::UserRole).toString()) == QFileInfo(path)) {
            list_->setCurrentItem(item);
            return;
        }
    }
}

const InstalledModel* ModelManagerDialog::selected() const
{
    const auto* item = list_ ? list_->currentItem() : nullptr;
    if (!item)
        return nullptr;
    const QString path = item->data(NameColumn, Qt::UserRole).toString();
    for (const auto& model : models_)
        if (model.path == path)
            return &model;
    return nullptr;
}

void ModelManagerDialog::showDetails()
{
    const InstalledModel* model = selected();
    const bool user = model && !model->shipped && colorized::jobs::isUserModel(model->path);
    use_->setEnabled(model && model->error.isEmpty() && QFileInfo(model->path) != QFileInfo(activeModel()));
    rename_->setEnabled(user);
    delete_->setEnabled(user);
    delete_->setToolTip(model && !user ? tr("Models that came with COLORIZED cannot be deleted.") : QString());
    reveal_->setEnabled(model != nullptr);
    if (!model) {
        details_->clear();
        return;
    }
    const QLocale locale;
    QString html = QStringLiteral("<h3>%1</h3>").arg(escaped(model->name));
    if (!model->description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(escaped(model->description));
    if (!model->error.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(escaped(tr("This file cannot be read: %1").arg(model->error)));
    html += QStringLiteral("<table>");
    const auto row = [&html](const QString& key, const QString& value) {
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td><i>%1</i>&nbsp;</td><td>%2</td></tr>").arg(escaped(key), escaped(value));
    };
    row(tr("File"), QDir::toNativeSeparators(model->path));
    row(tr("Size"), locale.formattedDataSize(model->bytes));
    row(tr("Working resolution"), model->resolution > 0 ? tr("%1 px").arg(model->resolution) : QString());
    row(tr("Base model"), model->baseName());
    row(tr("Data"), dataSummary(*model));
    row(tr("Steps"), model->steps() > 0 ? locale.toString(model->steps()) : QString());
    row(tr("Date"), model->date());
    double base = 0.0, tuned = 0.0;
    if (heldOutColorDifference(*model, &base, &tuned))
        row(tr("Held-out color difference (CIEDE2000)"),
            tr("base model %1, this model %2").arg(locale.toString(base, 'f', 2), locale.toString(tuned, 'f', 2)));
    html += QStringLiteral("</table>");
    if (!model->provenance.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p><pre>%2</pre>")
                    .arg(escaped(tr("Everything recorded about its training:")),
                         escaped(QString::fromUtf8(QJsonDocument(model->provenance).toJson(QJsonDocument::Indented))));
    details_->setHtml(html);
}

void ModelManagerDialog::useSelected()
{
    const InstalledModel* model = selected();
    if (!model || !model->error.isEmpty())
        return;
    const QString path = model->path;
    setActive(path);
    status_->setText(tr("%1 is now the active model.").arg(model->name));
    refresh();
    select(path);
}

void ModelManagerDialog::renameSelected()
{
    const InstalledModel* model = selected();
    if (!model || model->shipped)
        return;
    QString name = model->name;
    QString description = model->description;
    bool accepted = false;
    if (hooks_.askName) {
        accepted = hooks_.askName(name, description);
    } else {
        QDialog ask(this);
        ask.setWindowTitle(tr("Rename model"));
        auto* nameEdit = new QLineEdit(name, &ask);
        auto* descriptionEdit = new QPlainTextEdit(description, &ask);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
        connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
        auto* form = new QFormLayout(&ask);
        form->addRow(tr("Name:"), nameEdit);
        form->addRow(tr("Description:"), descriptionEdit);
        form->addRow(buttons);
        accepted = ask.exec() == QDialog::Accepted;
        name = nameEdit->text();
        description = descriptionEdit->toPlainText();
    }
    if (!accepted)
        return;
    const QString path = model->path;
    const bool wasActive = QFileInfo(path) == QFileInfo(activeModel());
    runInBackground(tr("Renaming…"), [path, name, description] { return colorized::jobs::renameModel(path, name, description); },
                    [this, wasActive](const StoreResult& result) {
                        if (result.ok() && wasActive)
                            setActive(result.path);
                        refresh();
                        select(result.path);
                    });
}

void ModelManagerDialog::deleteSelected()
{
    const InstalledModel* model = selected();
    if (!model || model->shipped)
        return;
    const bool confirmed = hooks_.confirmDelete
                               ? hooks_.confirmDelete(model->name)
                               : QMessageBox::question(this, tr("Delete the model?"),
                                                       tr("The model %1 will be deleted from this computer. "
                                                          "Colorized photographs are not affected.")
                                                           .arg(model->name))
                                     == QMessageBox::Yes;
    if (!confirmed)
        return;
    const bool wasActive = QFileInfo(model->path) == QFileInfo(activeModel());
    const QString name = model->name;
    const StoreResult result = colorized::jobs::deleteModel(model->path);
    if (!result.ok()) {
        status_->setText(result.error);
        return;
    }
    status_->setText(tr("%1 was deleted.").arg(name));
    if (wasActive) {
        // Back to the first model that came with COLORIZED (or none).
        const auto models = colorized::jobs::listInstalledModels();
        const auto shipped = std::find_if(models.begin(), models.end(),
                                          [](const InstalledModel& m) { return m.shipped && m.error.isEmpty(); });
        setActive(shipped != models.end() ? shipped->path : QString());
    }
    refresh();
}

void ModelManagerDialog::importFile()
{
    const QString file = hooks_.chooseImportFile
                             ? hooks_.chooseImportFile()
                             : QFileDialog::getOpenFileName(this, tr("Import a model"), QDir::homePath(),
                                                            tr("COLORIZED models (*.safetensors)"));
    if (file.isEmpty())
        return;
    runInBackground(tr("Checking %1…").arg(QFileInfo(file).fileName()),
                    [file] { return colorized::jobs::importModel(file); },
                    [this](const StoreResult& result) {
                        if (!result.ok()) {
                            if (!hooks_.chooseImportFile)  // interactive: say it where it is seen
                                QMessageBox::warning(this, tr("The model was not imported"), result.error);
                            return;
                        }
                        status_->setText(tr("Imported as %1.").arg(QDir::toNativeSeparators(result.path)));
                        refresh();
                        select(result.path);
                    });
}

void ModelManagerDialog::revealSelected()
{
    const InstalledModel* model = selected();
    if (model)
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(model->path).absolutePath()));
}

void ModelManagerDialog::runInBackground(const QString& busyText, std::function<StoreResult()> work,
                                         std::function<void(const StoreResult&)> done)
{
    if (watcher_.isRunning())
        return;
    status_->setText(busyText);
    setEnabled(false);  // one operation at a time; the dialog repaints meanwhile
    done_ = std::move(done);
    watcher_.setFuture(QtConcurrent::run(std::move(work)));
}

}  // namespace colorized::models
