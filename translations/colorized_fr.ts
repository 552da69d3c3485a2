<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.cpp" line="23"/>
        <source>Export the colorized photo</source>
        <translation>Exporter la photo colorisée</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exportdialog.cpp" line="23"/>
        <source>Export %n colorized photos</source>
        <translation>
            <numerusform>Exporter %n photo colorisée</numerusform>
            <numerusform>Exporter %n photos colorisées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="26"/>
        <source>Exports are new files at full resolution; originals are never changed. Each carries its provenance (IPTC digital source type, model, seed, hints) in its metadata and in a .json file beside it.</source>
        <translation>Les exports sont de nouveaux fichiers en pleine résolution ; les originaux ne sont jamais modifiés. Chacun porte sa provenance (type de source numérique IPTC, modèle, graine, indications) dans ses métadonnées et dans un fichier .json à côté.</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="40"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="43"/>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="46"/>
        <source>PNG (lossless, keeps 16 bits)</source>
        <translation>PNG (sans perte, garde 16 bits)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="47"/>
        <source>TIFF (lossless, keeps 16 bits)</source>
        <translation>TIFF (sans perte, garde 16 bits)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="48"/>
        <source>JPEG (smaller, 8 bits)</source>
        <translation>JPEG (plus léger, 8 bits)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="50"/>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="55"/>
        <source>JPEG quality:</source>
        <translation>Qualité JPEG :</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="64"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="75"/>
        <source>Export folder</source>
        <translation>Dossier d&apos;export</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="94"/>
        <source>Choose a folder that exists and that you can write to.</source>
        <translation>Choisissez un dossier existant dans lequel vous pouvez écrire.</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/exporter.cpp" line="76"/>
        <source>%1 has no colorized result to export yet.</source>
        <translation>%1 n&apos;a pas encore de résultat colorisé à exporter.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/exporter.cpp" line="81"/>
        <source>Candidate %1 does not exist for %2.</source>
        <translation>La variante %1 n&apos;existe pas pour %2.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/exporter.cpp" line="85"/>
        <source>The export folder %1 does not exist.</source>
        <translation>Le dossier d&apos;export %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/exporter.cpp" line="89"/>
        <source>The original %1 is missing or has changed since it was colorized. Colorize it again before exporting.</source>
        <translation>L&apos;original %1 est introuvable ou a changé depuis sa colorisation. Colorisez-le de nouveau avant d&apos;exporter.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/exporter.cpp" line="109"/>
        <source>%1 could not be prepared for export: %2</source>
        <translation>%1 n&apos;a pas pu être préparé pour l&apos;export : %2</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/exporter.cpp" line="129"/>
        <source>%1 could not be written: %2 Check that the folder is writable and that the disk is not full.</source>
        <translation>%1 n&apos;a pas pu être écrit : %2 Vérifiez que le dossier est accessible en écriture et que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/exporter.cpp" line="141"/>
        <source>%1 was exported, but its provenance file %2 could not be written (the image itself carries the provenance).</source>
        <translation>%1 a été exporté, mais son fichier de provenance %2 n&apos;a pas pu être écrit (l&apos;image porte elle-même la provenance).</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/exporter.cpp" line="162"/>
        <source>Candidate %1 of %2 could not be shown: %3</source>
        <translation>La variante %1 de %2 n&apos;a pas pu être affichée : %3</translation>
    </message>
</context>
<context>
    <name>HintsDock</name>
    <message>
        <location filename="../ui/hintsdock.cpp" line="30"/>
        <location filename="../ui/hintsdock.cpp" line="42"/>
        <source>Color hints</source>
        <translation>Indications de couleur</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="35"/>
        <source>Where you know a color (a uniform, a painted door), pin it: the model follows hints when you colorize again or continue from a timeline frame.</source>
        <translation>Là où vous connaissez une couleur (un uniforme, une porte peinte), épinglez-la : le modèle suit les indications quand vous colorisez de nouveau ou reprenez depuis une image de la chronologie.</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="46"/>
        <source>Add hint on photo</source>
        <translation>Ajouter une indication sur la photo</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="48"/>
        <source>Click on the photo to place a hint (H).</source>
        <translation>Cliquez sur la photo pour placer une indication (H).</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="49"/>
        <source>Change color…</source>
        <translation>Changer la couleur…</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="50"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="51"/>
        <source>Remove the selected hint (Delete).</source>
        <translation>Supprimer l&apos;indication sélectionnée (Suppr).</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="52"/>
        <source>Remove all</source>
        <translation>Tout supprimer</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="87"/>
        <source>%1. %2 at %3 %, %4 %</source>
        <translation>%1. %2 à %3 %, %4 %</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="93"/>
        <source>Double-click to change the color; drag the marker on the photo to move it.</source>
        <translation>Double-cliquez pour changer la couleur ; faites glisser le repère sur la photo pour le déplacer.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../ui/imageviewer.cpp" line="31"/>
        <source>Drop photographs or folders here, or use File &gt; Open.</source>
        <translation>Déposez ici des photographies ou des dossiers, ou utilisez Fichier &gt; Ouvrir.</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="396"/>
        <source>No candidates yet: colorize the photo first.</source>
        <translation>Pas encore de variantes : colorisez d&apos;abord la photo.</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="413"/>
        <source>Candidate %1 (chosen)</source>
        <translation>Variante %1 (choisie)</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="414"/>
        <source>Candidate %1</source>
        <translation>Variante %1</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="421"/>
        <source>Original (not colorized yet)</source>
        <translation>Original (pas encore colorisé)</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="422"/>
        <source>Colorized</source>
        <translation>Colorisé</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="432"/>
        <location filename="../ui/imageviewer.cpp" line="446"/>
        <location filename="../ui/imageviewer.cpp" line="455"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="28"/>
        <source>&amp;Colorized</source>
        <translation>&amp;Colorisé</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="29"/>
        <source>&amp;Original</source>
        <translation>&amp;Original</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="30"/>
        <source>&amp;Split View</source>
        <translation>Vue &amp;partagée</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="31"/>
        <source>Side &amp;by Side</source>
        <translation>Côte à &amp;côte</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="32"/>
        <source>Ca&amp;ndidates</source>
        <translation>&amp;Variantes</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../ui/mainactions.cpp" line="13"/>
        <source>&amp;Open Photos…</source>
        <translation>&amp;Ouvrir des photos…</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="14"/>
        <source>Open &amp;Folder…</source>
        <translation>Ouvrir un &amp;dossier…</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="14"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="15"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="15"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="16"/>
        <source>Export &amp;All Colorized…</source>
        <translation>Exporter &amp;toutes les photos colorisées…</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="16"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="17"/>
        <source>&amp;Remove from List</source>
        <translation>&amp;Retirer de la liste</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="17"/>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="25"/>
        <source>&amp;Colorize</source>
        <translation>&amp;Coloriser</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="25"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="26"/>
        <source>Colorize the selected photos (Ctrl+R)</source>
        <translation>Coloriser les photos sélectionnées (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="27"/>
        <source>Colorize A&amp;ll</source>
        <translation>Tout co&amp;loriser</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="27"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="28"/>
        <source>C&amp;ancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="29"/>
        <source>Cancel the running colorization (Esc)</source>
        <translation>Annuler la colorisation en cours (Échap)</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="30"/>
        <source>Cancel All</source>
        <translation>Tout annuler</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="30"/>
        <source>Shift+Esc</source>
        <translation>Shift+Esc</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="32"/>
        <source>Continue from Selected &amp;Frame</source>
        <translation>Reprendre depuis l&apos;&amp;image sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="32"/>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="33"/>
        <source>New &amp;Seed</source>
        <translation>Nouvelle &amp;graine</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="33"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="20"/>
        <source>Place Color &amp;Hints</source>
        <translation>Placer des &amp;indications de couleur</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="20"/>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="22"/>
        <source>Remove Selected Hint</source>
        <translation>Supprimer l&apos;indication sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="44"/>
        <source>&amp;Toggle Original</source>
        <translation>&amp;Basculer vers l&apos;original</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="44"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="45"/>
        <source>Flip between the original and the colorized photo (T)</source>
        <translation>Basculer entre l&apos;original et la photo colorisée (T)</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="46"/>
        <source>Show &amp;Uncertainty</source>
        <translation>Afficher l&apos;&amp;incertitude</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="46"/>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="48"/>
        <source>Highlight where the candidates disagree: there the colors are a guess (U)</source>
        <translation>Mettre en évidence les zones où les variantes divergent : là, les couleurs sont une supposition (U)</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="54"/>
        <source>&amp;Play/Pause Timeline</source>
        <translation>&amp;Lecture/pause de la chronologie</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="78"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="18"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="88"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="23"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="98"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="49"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="50"/>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="51"/>
        <source>Zoom O&amp;ut</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="52"/>
        <source>&amp;Fit to Window</source>
        <translation>A&amp;juster à la fenêtre</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="52"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="53"/>
        <source>&amp;Actual Pixels (100 %)</source>
        <translation>&amp;Taille réelle (100 %)</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="53"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="55"/>
        <source>Next Frame</source>
        <translation>Image suivante</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="55"/>
        <source>]</source>
        <translation>]</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="56"/>
        <source>Previous Frame</source>
        <translation>Image précédente</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="56"/>
        <source>[</source>
        <translation>[</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="109"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="114"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="57"/>
        <source>&amp;About COLORIZED</source>
        <translation>À &amp;propos de COLORIZED</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="116"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="72"/>
        <source>Hint color (custom colors: what the candidates give here)</source>
        <translation>Couleur de l&apos;indication (couleurs personnalisées : ce que donnent les variantes à cet endroit)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="83"/>
        <source>COLORIZED</source>
        <translation>COLORIZED</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="96"/>
        <location filename="../ui/mainwindow.cpp" line="104"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="262"/>
        <source>Open &amp;Recent</source>
        <translation>Ouverts &amp;récemment</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="318"/>
        <source>About COLORIZED</source>
        <translation>À propos de COLORIZED</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="319"/>
        <source>&lt;p&gt;&lt;b&gt;COLORIZED %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Colorization of lost or ruined images employing diffusion.&lt;/p&gt;&lt;p&gt;Colors are an estimate made by a trained model; exports say so in their metadata and never replace the original.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;COLORIZED %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Colorisation d&apos;images perdues ou abîmées par diffusion.&lt;/p&gt;&lt;p&gt;Les couleurs sont une estimation faite par un modèle entraîné ; les exports le disent dans leurs métadonnées et ne remplacent jamais l&apos;original.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="400"/>
        <source>Drop photographs or folders here, or use File &gt; Open.</source>
        <translation>Déposez ici des photographies ou des dossiers, ou utilisez Fichier &gt; Ouvrir.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="401"/>
        <source>No colorization model found: choose one in the Settings panel.</source>
        <translation>Aucun modèle de colorisation trouvé : choisissez-en un dans le panneau Réglages.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="626"/>
        <location filename="../ui/mainwindow.cpp" line="668"/>
        <location filename="../ui/mainwindow.cpp" line="670"/>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1080"/>
        <source>Export problems</source>
        <translation>Problèmes d&apos;export</translation>
    </message>
</context>
<context>
    <name>ModelLocator</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/modellocator.cpp" line="49"/>
        <source>No colorization model was found. Looked in: %1. Choose a model file with Settings &gt; Model &gt; Choose…, set the COLORIZED_MODEL environment variable, or train one with &quot;colorized-cli train&quot; as the README explains.</source>
        <translation>Aucun modèle de colorisation n&apos;a été trouvé. Emplacements examinés : %1. Choisissez un fichier de modèle avec Réglages &gt; Modèle &gt; Choisir…, définissez la variable d&apos;environnement COLORIZED_MODEL, ou entraînez-en un avec « colorized-cli train » comme l&apos;explique le README.</translation>
    </message>
</context>
<context>
    <name>PhotoListModel</name>
    <message>
        <location filename="../ui/photolistmodel.cpp" line="24"/>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <location filename="../ui/photolistmodel.cpp" line="26"/>
        <source>Not colorized</source>
        <translation>Non colorisée</translation>
    </message>
    <message>
        <location filename="../ui/photolistmodel.cpp" line="28"/>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../ui/photolistmodel.cpp" line="30"/>
        <source>Colorizing</source>
        <translation>Colorisation</translation>
    </message>
    <message>
        <location filename="../ui/photolistmodel.cpp" line="32"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../ui/photolistmodel.cpp" line="34"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../ui/photolistmodel.cpp" line="48"/>
        <source>Colorizing %1%</source>
        <translation>Colorisation %1 %</translation>
    </message>
    <message>
        <location filename="../ui/photolistmodel.cpp" line="59"/>
        <source>%1 × %2 pixels, %3-bit</source>
        <translation>%1 × %2 pixels, %3 bits</translation>
    </message>
</context>
<context>
    <name>PhotoLoader</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/photoloader.cpp" line="34"/>
        <source>%1 cannot be opened as a photograph: %2</source>
        <translation>%1 ne peut pas être ouvert comme photographie : %2</translation>
    </message>
</context>
<context>
    <name>PhotoOpener</name>
    <message>
        <location filename="../ui/photoopener.cpp" line="38"/>
        <source>Open photographs</source>
        <translation>Ouvrir des photographies</translation>
    </message>
    <message>
        <location filename="../ui/photoopener.cpp" line="39"/>
        <source>Images (%1);;All files (*)</source>
        <translation>Images (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/photoopener.cpp" line="49"/>
        <source>Open a folder of photographs</source>
        <translation>Ouvrir un dossier de photographies</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="17"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="22"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="27"/>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="31"/>
        <source>All cores (%1)</source>
        <translation>Tous les cœurs (%1)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="33"/>
        <source>Processor threads the colorization may use.</source>
        <translation>Fils d&apos;exécution du processeur que la colorisation peut utiliser.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="34"/>
        <source>Threads:</source>
        <translation>Fils d&apos;exécution :</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="36"/>
        <source>Colorize photos as soon as they are added</source>
        <translation>Coloriser les photos dès qu&apos;elles sont ajoutées</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="41"/>
        <source>A new language applies to all windows after COLORIZED restarts.</source>
        <translation>Une nouvelle langue s&apos;applique à toutes les fenêtres après le redémarrage de COLORIZED.</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/provenance.cpp" line="102"/>
        <source>The exported file %1 could not be reopened to add its provenance.</source>
        <translation>Le fichier exporté %1 n&apos;a pas pu être rouvert pour y ajouter sa provenance.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/provenance.cpp" line="141"/>
        <source>The provenance could not be written into %1: %2</source>
        <translation>La provenance n&apos;a pas pu être écrite dans %1 : %2</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/provenance.cpp" line="194"/>
        <source>The provenance file %1 could not be written: %2</source>
        <translation>Le fichier de provenance %1 n&apos;a pas pu être écrit : %2</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <location filename="../ui/recentfilesmenu.cpp" line="41"/>
        <source>Clear Recent</source>
        <translation>Effacer la liste</translation>
    </message>
</context>
<context>
    <name>Sampler</name>
    <message>
        <location filename="../model/core/colorized/core/samplerkind.h" line="30"/>
        <source>DDIM (fast, few steps)</source>
        <translation>DDIM (rapide, peu d&apos;étapes)</translation>
    </message>
    <message>
        <location filename="../model/core/colorized/core/samplerkind.h" line="31"/>
        <source>DDPM (every step, slow)</source>
        <translation>DDPM (toutes les étapes, lent)</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../ui/session/session.cpp" line="81"/>
        <source>No photographs found in what was dropped or opened.</source>
        <translation>Aucune photographie trouvée dans ce qui a été déposé ou ouvert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session.cpp" line="95"/>
        <source>Added %n photo(s).</source>
        <translation>
            <numerusform>%n photo ajoutée.</numerusform>
            <numerusform>%n photos ajoutées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="217"/>
        <source>No colorization model is set: choose one in the Settings panel (Model).</source>
        <translation>Aucun modèle de colorisation n&apos;est défini : choisissez-en un dans le panneau Réglages (Modèle).</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="241"/>
        <source>Colorize the photo first, then pick a timeline frame to continue from.</source>
        <translation>Colorisez d&apos;abord la photo, puis choisissez une image de la chronologie d&apos;où reprendre.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session.cpp" line="253"/>
        <source>Continuing from step %1 with seed %2 and %n hint(s).</source>
        <translation>
            <numerusform>Reprise à l&apos;étape %1 avec la graine %2 et %n indication.</numerusform>
            <numerusform>Reprise à l&apos;étape %1 avec la graine %2 et %n indications.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session.cpp" line="290"/>
        <source>Colorizing %1 (%n more waiting)…</source>
        <translation>
            <numerusform>Colorisation de %1 (%n autre en attente)…</numerusform>
            <numerusform>Colorisation de %1 (%n autres en attente)…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="291"/>
        <source>Colorizing %1…</source>
        <translation>Colorisation de %1…</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="321"/>
        <source>%1 colorized in %2 s (seed %3).</source>
        <translation>%1 colorisé en %2 s (graine %3).</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="336"/>
        <source>Colorizing %1 failed.</source>
        <translation>La colorisation de %1 a échoué.</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="346"/>
        <source>Colorizing was cancelled.</source>
        <translation>La colorisation a été annulée.</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="348"/>
        <source>Cancelled colorizing %1.</source>
        <translation>Colorisation de %1 annulée.</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="366"/>
        <source>Hint added. Colorize again (Ctrl+R) or continue from a timeline frame to use it.</source>
        <translation>Indication ajoutée. Colorisez de nouveau (Ctrl+R) ou reprenez depuis une image de la chronologie pour l&apos;utiliser.</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="408"/>
        <source>Candidate %1 chosen: it is the one exported.</source>
        <translation>Variante %1 choisie : c&apos;est elle qui sera exportée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session.cpp" line="55"/>
        <source>Exporting… %n left.</source>
        <translation>
            <numerusform>Export en cours… %n restant.</numerusform>
            <numerusform>Export en cours… %n restants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session.cpp" line="60"/>
        <source>Exported %n photo(s) to %1.</source>
        <translation>
            <numerusform>%n photo exportée dans %1.</numerusform>
            <numerusform>%n photos exportées dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session.cpp" line="62"/>
        <source>%n export(s) failed.</source>
        <translation>
            <numerusform>%n export a échoué.</numerusform>
            <numerusform>%n exports ont échoué.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="459"/>
        <source>Nothing to export: colorize a photo first.</source>
        <translation>Rien à exporter : colorisez d&apos;abord une photo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session.cpp" line="462"/>
        <source>Exporting %n photo(s)…</source>
        <translation>
            <numerusform>Export de %n photo…</numerusform>
            <numerusform>Export de %n photos…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDock</name>
    <message>
        <location filename="../ui/settingsdock.cpp" line="30"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="41"/>
        <source>Model file</source>
        <translation>Fichier de modèle</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="43"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="44"/>
        <source>Choose the model file (.safetensors) used to colorize.</source>
        <translation>Choisir le fichier de modèle (.safetensors) utilisé pour coloriser.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="47"/>
        <source>Model:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="57"/>
        <source>Sampler:</source>
        <translation>Échantillonneur :</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="62"/>
        <source>More steps can give cleaner colors and take longer.</source>
        <translation>Davantage d&apos;étapes peuvent donner des couleurs plus nettes et prennent plus de temps.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="63"/>
        <source>Steps:</source>
        <translation>Étapes :</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="68"/>
        <source>The same photo, settings and seed give exactly the same result.</source>
        <translation>La même photo, les mêmes réglages et la même graine donnent exactement le même résultat.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="70"/>
        <source>New seed</source>
        <translation>Nouvelle graine</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="71"/>
        <source>Draw a new random seed (Ctrl+G).</source>
        <translation>Tirer une nouvelle graine au hasard (Ctrl+G).</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="74"/>
        <source>Seed:</source>
        <translation>Graine :</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="78"/>
        <source>Several candidates are computed together; where they disagree, the uncertainty map lights up.</source>
        <translation>Plusieurs variantes sont calculées ensemble ; là où elles divergent, la carte d&apos;incertitude s&apos;allume.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="79"/>
        <source>Candidates:</source>
        <translation>Variantes :</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="83"/>
        <source>Model default</source>
        <translation>Celle du modèle</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="83"/>
        <source>%1 pixels</source>
        <translation>%1 pixels</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="84"/>
        <source>Long side at which the model works; the result keeps the original&apos;s full resolution and detail.</source>
        <translation>Grand côté auquel travaille le modèle ; le résultat garde la pleine résolution et les détails de l&apos;original.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="85"/>
        <source>Working resolution:</source>
        <translation>Résolution de travail :</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="87"/>
        <source>Reduced precision (bfloat16)</source>
        <translation>Précision réduite (bfloat16)</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="93"/>
        <source>Colorize</source>
        <translation>Coloriser</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="94"/>
        <source>Colorize the selected photos with these settings (Ctrl+R).</source>
        <translation>Coloriser les photos sélectionnées avec ces réglages (Ctrl+R).</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="110"/>
        <source> (%1 uses all %2)</source>
        <translation> (%1 les utilise toutes : %2)</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="121"/>
        <source>Uses the processor&apos;s native bfloat16 instructions; colors may differ very slightly from full precision. Measure the speed on this computer with colorized-cli bench.</source>
        <translation>Utilise les instructions bfloat16 natives du processeur ; les couleurs peuvent très légèrement différer de celles en pleine précision. Mesurez la vitesse sur cet ordinateur avec colorized-cli bench.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="123"/>
        <source>Not available: this processor has no native bfloat16 instructions (AVX-512 BF16 or AMX), so reduced precision would be several times slower than full precision.</source>
        <translation>Indisponible : ce processeur n&apos;a pas d&apos;instructions bfloat16 natives (AVX-512 BF16 ou AMX), et la précision réduite y serait plusieurs fois plus lente que la pleine précision.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="173"/>
        <source>%1 — works at %2 pixels, %3 diffusion steps.</source>
        <translation>%1 — travaille à %2 pixels, %3 étapes de diffusion.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="193"/>
        <source>Choose a colorization model</source>
        <translation>Choisir un modèle de colorisation</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="194"/>
        <source>Model files (*.safetensors)</source>
        <translation>Fichiers de modèle (*.safetensors)</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../ui/statuspanel.cpp" line="46"/>
        <source>Model: loading…</source>
        <translation>Modèle : chargement…</translation>
    </message>
    <message>
        <location filename="../ui/statuspanel.cpp" line="38"/>
        <source>Model: %1</source>
        <translation>Modèle : %1</translation>
    </message>
    <message>
        <location filename="../ui/statuspanel.cpp" line="51"/>
        <source>Model: none</source>
        <translation>Modèle : aucun</translation>
    </message>
    <message>
        <location filename="../ui/statuspanel.cpp" line="33"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../ui/statuspanel.cpp" line="68"/>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/statuspanel.cpp" line="70"/>
        <source>Estimating time left…</source>
        <translation>Estimation du temps restant…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/statuspanel.cpp" line="72"/>
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>Environ %n seconde restante</numerusform>
            <numerusform>Environ %n secondes restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/statuspanel.cpp" line="74"/>
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>Environ %n minute restante</numerusform>
            <numerusform>Environ %n minutes restantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineDock</name>
    <message>
        <location filename="../ui/timelinedock.cpp" line="19"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="38"/>
        <source>Timeline frames</source>
        <translation>Images de la chronologie</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="44"/>
        <source>Play the reverse process (Space)</source>
        <translation>Lire le processus inverse (Espace)</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="45"/>
        <location filename="../ui/timelinedock.cpp" line="201"/>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="50"/>
        <source>Scrub through the reverse process; the far right is the result.</source>
        <translation>Parcourir le processus inverse ; tout à droite se trouve le résultat.</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="51"/>
        <source>Timeline position</source>
        <translation>Position dans la chronologie</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="55"/>
        <source>Predicted result (x₀)</source>
        <translation>Résultat prédit (x₀)</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="56"/>
        <source>Noisy state (xₜ)</source>
        <translation>État bruité (xₜ)</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="57"/>
        <source>What each frame shows: the model&apos;s guess of the final colors, or the noisy state being denoised.</source>
        <translation>Ce que montre chaque image : l&apos;estimation des couleurs finales par le modèle, ou l&apos;état bruité en cours de débruitage.</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="60"/>
        <source>Continue from here</source>
        <translation>Reprendre d&apos;ici</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="61"/>
        <source>Run the rest of the process again from the selected frame, with the current seed and hints.</source>
        <translation>Relancer la suite du processus depuis l&apos;image sélectionnée, avec la graine et les indications actuelles.</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="67"/>
        <location filename="../ui/timelinedock.cpp" line="178"/>
        <source>No frames yet.</source>
        <translation>Pas encore d&apos;images.</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="178"/>
        <source>Final result.</source>
        <translation>Résultat final.</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="201"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../ui/timelinemodel.cpp" line="31"/>
        <source>Step %1 of %2, t = %3: predicted result</source>
        <translation>Étape %1 sur %2, t = %3 : résultat prédit</translation>
    </message>
    <message>
        <location filename="../ui/timelinemodel.cpp" line="32"/>
        <source>Step %1 of %2, t = %3: noisy state</source>
        <translation>Étape %1 sur %2, t = %3 : état bruité</translation>
    </message>
</context>
<context>
    <name>colorized::finetune::FineTuneWizard</name>
    <message>
        <location filename="../ui/finetune/finetunewizard.cpp" line="22"/>
        <source>Fine-tune the colorization model</source>
        <translation>Affiner le modèle de colorisation</translation>
    </message>
    <message>
        <location filename="../ui/finetune/finetunewizard.cpp" line="67"/>
        <source>Stop the training?</source>
        <translation>Arrêter l&apos;entraînement ?</translation>
    </message>
    <message>
        <location filename="../ui/finetune/finetunewizard.cpp" line="68"/>
        <source>Training is still running. If you close this window it stops after the current step; the run is kept and this wizard offers to resume it next time.</source>
        <translation>L&apos;entraînement est en cours. Si vous fermez cette fenêtre, il s&apos;arrête après l&apos;étape en cours ; la session est conservée et cet assistant proposera de la reprendre la prochaine fois.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/toolsactions.cpp" line="15"/>
        <source>&amp;Fine-tune model…</source>
        <translation>&amp;Affiner le modèle…</translation>
    </message>
    <message>
        <location filename="../ui/finetune/toolsactions.cpp" line="17"/>
        <source>Teach the model your collection&apos;s colors from your own photographs.</source>
        <translation>Apprendre au modèle les couleurs de votre collection à partir de vos propres photographies.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/toolsactions.cpp" line="39"/>
        <source>&amp;Models…</source>
        <translation>&amp;Modèles…</translation>
    </message>
    <message>
        <location filename="../ui/finetune/toolsactions.cpp" line="41"/>
        <source>See, switch, rename, import and delete colorization models.</source>
        <translation>Voir, changer, renommer, importer et supprimer des modèles de colorisation.</translation>
    </message>
</context>
<context>
    <name>colorized::finetune::FolderPage</name>
    <message>
        <location filename="../ui/finetune/folderpage.cpp" line="26"/>
        <source>Photographs to learn from</source>
        <translation>Photographies d&apos;apprentissage</translation>
    </message>
    <message>
        <location filename="../ui/finetune/folderpage.cpp" line="27"/>
        <source>Choose a folder with your collection&apos;s photographs. COLORIZED learns how your photographs are colored; the model you start from is never changed.</source>
        <translation>Choisissez un dossier contenant les photographies de votre collection. COLORIZED apprend comment vos photographies sont colorées ; le modèle de départ n&apos;est jamais modifié.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/folderpage.cpp" line="35"/>
        <source>&lt;p&gt;The folder can be laid out in any of these ways, or mix them:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Two subfolders&lt;/b&gt; &lt;tt&gt;gray/&lt;/tt&gt; and &lt;tt&gt;color/&lt;/tt&gt;: a scan in &lt;tt&gt;gray/&lt;/tt&gt; and the color version of the same photograph in &lt;tt&gt;color/&lt;/tt&gt;, with the same file name (&lt;tt&gt;gray/p001.tif&lt;/tt&gt; and &lt;tt&gt;color/p001.jpg&lt;/tt&gt;).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Side by side&lt;/b&gt;: the scan &lt;tt&gt;p001.tif&lt;/tt&gt; next to its color version &lt;tt&gt;p001_color.jpg&lt;/tt&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Color photographs alone&lt;/b&gt;: photographs of your region and era in color; their own lightness becomes the input.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The next page lists what was found and every file that cannot be used, and why. Some photographs are set aside to measure the result.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le dossier peut être organisé de l&apos;une de ces façons, ou les combiner :&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Deux sous-dossiers&lt;/b&gt; &lt;tt&gt;gray/&lt;/tt&gt; et &lt;tt&gt;color/&lt;/tt&gt; : un scan dans &lt;tt&gt;gray/&lt;/tt&gt; et la version en couleur de la même photographie dans &lt;tt&gt;color/&lt;/tt&gt;, avec le même nom de fichier (&lt;tt&gt;gray/p001.tif&lt;/tt&gt; et &lt;tt&gt;color/p001.jpg&lt;/tt&gt;).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Côte à côte&lt;/b&gt; : le scan &lt;tt&gt;p001.tif&lt;/tt&gt; à côté de sa version en couleur &lt;tt&gt;p001_color.jpg&lt;/tt&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Photographies en couleur seules&lt;/b&gt; : des photographies en couleur de votre région et de votre époque ; leur propre luminosité sert d&apos;entrée.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;La page suivante indique ce qui a été trouvé et chaque fichier inutilisable, avec la raison. Quelques photographies sont mises de côté pour mesurer le résultat.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/finetune/folderpage.cpp" line="50"/>
        <location filename="../ui/finetune/folderpage.cpp" line="129"/>
        <source>Folder of photographs</source>
        <translation>Dossier de photographies</translation>
    </message>
    <message>
        <location filename="../ui/finetune/folderpage.cpp" line="51"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/finetune/folderpage.cpp" line="61"/>
        <source>Interrupted training</source>
        <translation>Entraînement interrompu</translation>
    </message>
    <message>
        <location filename="../ui/finetune/folderpage.cpp" line="65"/>
        <source>&amp;Resume it</source>
        <translation>&amp;Le reprendre</translation>
    </message>
    <message>
        <location filename="../ui/finetune/folderpage.cpp" line="67"/>
        <source>&amp;Discard it</source>
        <translation>&amp;L&apos;abandonner</translation>
    </message>
    <message>
        <location filename="../ui/finetune/folderpage.cpp" line="106"/>
        <source>A fine-tuning run on %1 stopped at step %2 of %3 (%4). It can continue from there.</source>
        <translation>Un affinage sur %1 s&apos;est arrêté à l&apos;étape %2 sur %3 (%4). Il peut reprendre à partir de là.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/folderpage.cpp" line="149"/>
        <source>Discard the interrupted training?</source>
        <translation>Abandonner l&apos;entraînement interrompu ?</translation>
    </message>
    <message>
        <location filename="../ui/finetune/folderpage.cpp" line="150"/>
        <source>The interrupted run and its checkpoint will be deleted. Your photographs and models are not touched.</source>
        <translation>La session interrompue et son point de reprise seront supprimés. Vos photographies et vos modèles ne sont pas touchés.</translation>
    </message>
</context>
<context>
    <name>colorized::finetune::LossChart</name>
    <message>
        <location filename="../ui/finetune/losschart.cpp" line="25"/>
        <source>Loss (lower is better)</source>
        <translation>Perte (plus bas = mieux)</translation>
    </message>
    <message>
        <location filename="../ui/finetune/losschart.cpp" line="30"/>
        <source>Training (smoothed)</source>
        <translation>Entraînement (lissé)</translation>
    </message>
    <message>
        <location filename="../ui/finetune/losschart.cpp" line="32"/>
        <source>Held-out photographs</source>
        <translation>Photographies mises de côté</translation>
    </message>
    <message>
        <location filename="../ui/finetune/losschart.cpp" line="41"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
</context>
<context>
    <name>colorized::finetune::ReportPage</name>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="24"/>
        <source>What the folder holds</source>
        <translation>Contenu du dossier</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="25"/>
        <source>Matched pairs and color photographs are used; the files listed below are left out.</source>
        <translation>Les paires appariées et les photographies en couleur sont utilisées ; les fichiers ci-dessous sont écartés.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="44"/>
        <source>Set aside for measuring:</source>
        <translation>Mises de côté pour la mesure :</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="49"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="49"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="88"/>
        <source>Reading the photographs…</source>
        <translation>Lecture des photographies…</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="117"/>
        <source>The file cannot be read as an image.</source>
        <translation>Le fichier ne peut pas être lu comme une image.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="119"/>
        <source>The image is too small to learn from.</source>
        <translation>L&apos;image est trop petite pour l&apos;apprentissage.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="121"/>
        <source>Another file has the same name; rename one of them.</source>
        <translation>Un autre fichier porte le même nom ; renommez l&apos;un des deux.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="123"/>
        <source>This scan has no color version with the same name.</source>
        <translation>Ce scan n&apos;a pas de version en couleur du même nom.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="125"/>
        <source>The scan and its color version have different shapes, so they cannot be matched.</source>
        <translation>Le scan et sa version en couleur n&apos;ont pas les mêmes proportions : ils ne peuvent pas être appariés.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="127"/>
        <source>The &quot;color&quot; file has no color.</source>
        <translation>Le fichier « couleur » n&apos;a pas de couleur.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="129"/>
        <source>The &quot;color&quot; file is toned (sepia or similar) or tinted in one color.</source>
        <translation>Le fichier « couleur » est viré (sépia ou semblable) ou teinté d&apos;une seule couleur.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="131"/>
        <source>Not an image file.</source>
        <translation>Ce n&apos;est pas un fichier image.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="132"/>
        <source>The file cannot be used.</source>
        <translation>Le fichier ne peut pas être utilisé.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="146"/>
        <source>The folder cannot be read: %1</source>
        <translation>Le dossier ne peut pas être lu : %1</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="149"/>
        <source>%1 photographs can be used: %2 matched pairs of a scan and its color version, and %3 color photographs used with their own lightness.</source>
        <translation>%1 photographies sont utilisables : %2 paires d&apos;un scan et de sa version en couleur, et %3 photographies en couleur utilisées avec leur propre luminosité.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/finetune/reportpage.cpp" line="155"/>
        <source>%n file(s) are left out:</source>
        <translation>
            <numerusform>%n fichier est écarté :</numerusform>
            <numerusform>%n fichiers sont écartés :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="157"/>
        <source>Fine-tuning needs at least two usable photographs.</source>
        <translation>L&apos;affinage nécessite au moins deux photographies utilisables.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="168"/>
        <source>Its partner: %1.</source>
        <translation>Son fichier associé : %1.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="185"/>
        <source>%1 of %2 photographs are set aside: the model does not learn from them, and the last page compares the old and the new model on them.</source>
        <translation>%1 photographies sur %2 sont mises de côté : le modèle n&apos;apprend pas d&apos;elles, et la dernière page compare l&apos;ancien et le nouveau modèle sur elles.</translation>
    </message>
</context>
<context>
    <name>colorized::finetune::ResultPage</name>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="41"/>
        <source>Color difference (CIEDE2000)</source>
        <translation>Écart de couleur (CIEDE2000)</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="42"/>
        <source>Mean perceived difference from the true colors. Lower is better; under 2 is hard to see.</source>
        <translation>Écart moyen perçu par rapport aux vraies couleurs. Plus bas = mieux ; sous 2, c&apos;est à peine visible.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="45"/>
        <source>Colorfulness</source>
        <translation>Vivacité des couleurs</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="46"/>
        <source>How vivid the colors are (Hasler and Suesstrunk). Closer to the true photographs&apos; value is better.</source>
        <translation>Vivacité des couleurs (Hasler et Süsstrunk). Plus c&apos;est proche de la valeur des vraies photographies, mieux c&apos;est.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="50"/>
        <source>PSNR (dB)</source>
        <translation>PSNR (dB)</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="51"/>
        <source>Pixel agreement with the true colors. Higher is better.</source>
        <translation>Concordance des pixels avec les vraies couleurs. Plus haut = mieux.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="53"/>
        <source>SSIM</source>
        <translation>SSIM</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="54"/>
        <source>Structural agreement with the true colors, 0 to 1. Higher is better.</source>
        <translation>Concordance structurelle avec les vraies couleurs, de 0 à 1. Plus haut = mieux.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="64"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="69"/>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="69"/>
        <location filename="../ui/finetune/resultpage.cpp" line="141"/>
        <source>Base model</source>
        <translation>Modèle de départ</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="69"/>
        <location filename="../ui/finetune/resultpage.cpp" line="142"/>
        <source>Fine-tuned</source>
        <translation>Affiné</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="85"/>
        <source>&amp;Use the new model from now on</source>
        <translation>&amp;Utiliser désormais le nouveau modèle</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="90"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="91"/>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/finetune/resultpage.cpp" line="104"/>
        <source>Both models colorized the %n photograph(s) shown below, which were set aside and never learned from; here is how close each model came to the true colors.</source>
        <translation>
            <numerusform>Les deux modèles ont colorisé la photographie ci-dessous, mise de côté et jamais apprise ; voici à quel point chaque modèle s&apos;est approché des vraies couleurs.</numerusform>
            <numerusform>Les deux modèles ont colorisé les %n photographies ci-dessous, mises de côté et jamais apprises ; voici à quel point chaque modèle s&apos;est approché des vraies couleurs.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="118"/>
        <source>Colorfulness (true colors: %1)</source>
        <translation>Vivacité (vraies couleurs : %1)</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="122"/>
        <source>identical</source>
        <translation>identique</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="140"/>
        <source>True colors</source>
        <translation>Vraies couleurs</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="149"/>
        <source>%1, tuned on %2</source>
        <translation>%1, affiné sur %2</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="152"/>
        <source>Fine-tuned from %1 for %2 steps on %3 photographs of the folder %4.</source>
        <translation>Affiné à partir de %1 pendant %2 étapes sur %3 photographies du dossier %4.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="165"/>
        <source>The model was not saved</source>
        <translation>Le modèle n&apos;a pas été enregistré</translation>
    </message>
</context>
<context>
    <name>colorized::finetune::SettingsPage</name>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="32"/>
        <source>Training settings</source>
        <translation>Réglages de l&apos;entraînement</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="33"/>
        <source>The defaults suit a laptop. More steps learn more and take longer.</source>
        <translation>Les valeurs par défaut conviennent à un ordinateur portable. Plus d&apos;étapes apprennent davantage et prennent plus de temps.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="35"/>
        <source>Start &amp;training</source>
        <translation>Lancer l&apos;&amp;entraînement</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="51"/>
        <source>How far each step moves the model. Lower is gentler: the model keeps more of what it knew.</source>
        <translation>Ampleur de chaque pas d&apos;apprentissage. Plus bas est plus doux : le modèle garde davantage de ce qu&apos;il savait.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="57"/>
        <source>Photographs per step. Larger batches give steadier steps and take longer each.</source>
        <translation>Photographies par étape. Des lots plus grands donnent des étapes plus stables, chacune plus longue.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="60"/>
        <source>Side of the square pieces the model learns from, in pixels. Keep the base model&apos;s resolution unless you know better.</source>
        <translation>Côté des morceaux carrés dont le modèle apprend, en pixels. Gardez la résolution du modèle de départ, sauf raison précise.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="67"/>
        <source>Start from model:</source>
        <translation>Partir du modèle :</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="68"/>
        <source>Training steps:</source>
        <translation>Étapes d&apos;entraînement :</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="70"/>
        <source>Learning rate:</source>
        <translation>Taux d&apos;apprentissage :</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="71"/>
        <source>Batch size:</source>
        <translation>Taille de lot :</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="72"/>
        <source>Resolution:</source>
        <translation>Résolution :</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="99"/>
        <source>%1 (installed with COLORIZED)</source>
        <translation>%1 (installé avec COLORIZED)</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="129"/>
        <source>%1 px (the model&apos;s own)</source>
        <translation>%1 px (celle du modèle)</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="129"/>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="218"/>
        <source>Each of your %1 training photographs is seen about %2 times.</source>
        <translation>Chacune de vos %1 photographies d&apos;entraînement est vue environ %2 fois.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="222"/>
        <source>The time could not be estimated: the model could not be loaded.</source>
        <translation>La durée n&apos;a pas pu être estimée : le modèle n&apos;a pas pu être chargé.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="226"/>
        <source>Measuring a training step on this computer…</source>
        <translation>Mesure d&apos;une étape d&apos;entraînement sur cet ordinateur…</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="230"/>
        <source>One step takes about %1 s on this computer, so %2 steps with the previews and the comparison at the end take about %3. You can pause or stop at any time; a stopped run can be resumed.</source>
        <translation>Une étape prend environ %1 s sur cet ordinateur : %2 étapes, avec les aperçus et la comparaison finale, prennent donc environ %3. Vous pouvez mettre en pause ou arrêter à tout moment ; un entraînement arrêté peut être repris.</translation>
    </message>
</context>
<context>
    <name>colorized::finetune::TrainingPage</name>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="32"/>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="33"/>
        <source>You can keep working in COLORIZED meanwhile. Stopping keeps what was learned so far: the run can be resumed later, also after closing the application.</source>
        <translation>Vous pouvez continuer à travailler dans COLORIZED pendant ce temps. Arrêter conserve ce qui a été appris : l&apos;entraînement pourra être repris plus tard, même après la fermeture de l&apos;application.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="47"/>
        <location filename="../ui/finetune/trainingpage.cpp" line="98"/>
        <location filename="../ui/finetune/trainingpage.cpp" line="153"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="49"/>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="51"/>
        <source>Stops after the current step and keeps a checkpoint, so the run can be resumed.</source>
        <translation>S&apos;arrête après l&apos;étape en cours et garde un point de reprise, pour pouvoir reprendre.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="52"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="62"/>
        <source>Stopping after the current step…</source>
        <translation>Arrêt après l&apos;étape en cours…</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="91"/>
        <source>True colors</source>
        <translation>Vraies couleurs</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="93"/>
        <source>Base model</source>
        <translation>Modèle de départ</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="95"/>
        <source>After step %1</source>
        <translation>Après l&apos;étape %1</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="98"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="100"/>
        <source>Paused. A checkpoint was saved: closing the window now loses nothing.</source>
        <translation>En pause. Un point de reprise a été enregistré : fermer la fenêtre maintenant ne fait rien perdre.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="102"/>
        <source>Training…</source>
        <translation>Entraînement…</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="162"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="163"/>
        <source>Step %1 of %2, about %3 left (%4 photographs per second).</source>
        <translation>Étape %1 sur %2, environ %3 restant (%4 photographies par seconde).</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="177"/>
        <source>Training finished after %1 steps. Next: compare the models and save the new one.</source>
        <translation>Entraînement terminé après %1 étapes. Ensuite : comparer les modèles et enregistrer le nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="186"/>
        <source>Stopped at step %1. The checkpoint is kept: resume now, or the next time you open this wizard.</source>
        <translation>Arrêté à l&apos;étape %1. Le point de reprise est conservé : reprenez maintenant, ou la prochaine fois que vous ouvrirez cet assistant.</translation>
    </message>
</context>
<context>
    <name>colorized::jobs</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="64"/>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="184"/>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="193"/>
        <source>%1 is not a COLORIZED model: %2</source>
        <translation>%1 n&apos;est pas un modèle COLORIZED : %2</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="209"/>
        <source>Could not copy %1 into %2.</source>
        <translation>Impossible de copier %1 dans %2.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="220"/>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="244"/>
        <source>Give the model a name.</source>
        <translation>Donnez un nom au modèle.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="229"/>
        <source>Could not save the model as %1: %2</source>
        <translation>Impossible d&apos;enregistrer le modèle sous %1 : %2</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="240"/>
        <source>%1 came with COLORIZED and cannot be renamed.</source>
        <translation>%1 est fourni avec COLORIZED et ne peut pas être renommé.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="251"/>
        <source>Could not rename the model: %1</source>
        <translation>Impossible de renommer le modèle : %1</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="264"/>
        <source>%1 came with COLORIZED and cannot be deleted.</source>
        <translation>%1 est fourni avec COLORIZED et ne peut pas être supprimé.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="268"/>
        <source>Could not delete %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/trainworker.cpp" line="147"/>
        <source>Could not write the training state in %1 (%2).</source>
        <translation>Impossible d&apos;écrire l&apos;état de l&apos;entraînement dans %1 (%2).</translation>
    </message>
</context>
<context>
    <name>colorized::jobs::ColorizeWorker</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/colorizeworker.cpp" line="89"/>
        <source>No colorization model is set. Choose a model file in the Settings panel (Model), or install the default model; the README explains how to train one with colorized-cli train.</source>
        <translation>Aucun modèle de colorisation n&apos;est défini. Choisissez un fichier de modèle dans le panneau Réglages (Modèle) ou installez le modèle par défaut ; le README explique comment en entraîner un avec colorized-cli train.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/colorizeworker.cpp" line="93"/>
        <source>The model file %1 does not exist. Choose another model in the Settings panel.</source>
        <translation>Le fichier de modèle %1 n&apos;existe pas. Choisissez un autre modèle dans le panneau Réglages.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/colorizeworker.cpp" line="102"/>
        <source>The model file %1 could not be loaded: %2 Choose another model in the Settings panel.</source>
        <translation>Le fichier de modèle %1 n&apos;a pas pu être chargé : %2 Choisissez un autre modèle dans le panneau Réglages.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/colorizeworker.cpp" line="150"/>
        <source>%1 could not be opened: %2 Check that it is a JPEG, PNG or TIFF image and that the file is complete.</source>
        <translation>Impossible d&apos;ouvrir %1 : %2 Vérifiez qu&apos;il s&apos;agit d&apos;une image JPEG, PNG ou TIFF et que le fichier est complet.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/colorizeworker.cpp" line="181"/>
        <source>The selected timeline frame can no longer be continued. Colorize the photo again.</source>
        <translation>Il n&apos;est plus possible de reprendre depuis l&apos;image sélectionnée de la chronologie. Colorisez de nouveau la photo.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/colorizeworker.cpp" line="285"/>
        <source>Colorizing %1 failed: %2 Try another working resolution or model; if it keeps failing, please report it.</source>
        <translation>La colorisation de %1 a échoué : %2 Essayez une autre résolution de travail ou un autre modèle ; si l&apos;échec persiste, merci de le signaler.</translation>
    </message>
</context>
<context>
    <name>colorized::jobs::TrainWorker</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/trainworker.cpp" line="173"/>
        <source>Fine-tuning stopped: %1</source>
        <translation>L&apos;affinage s&apos;est arrêté : %1</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/trainworker.cpp" line="182"/>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/trainworker.cpp" line="190"/>
        <source>The folder %1 holds no fine-tuning run to resume.</source>
        <translation>Le dossier %1 ne contient aucun affinage à reprendre.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/trainworker.cpp" line="216"/>
        <source>Reading the photographs…</source>
        <translation>Lecture des photographies…</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/trainworker.cpp" line="265"/>
        <source>Colorizing the held-out photographs with the base model…</source>
        <translation>Colorisation des photographies mises de côté avec le modèle de départ…</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/trainworker.cpp" line="310"/>
        <source>Training…</source>
        <translation>Entraînement…</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/trainworker.cpp" line="361"/>
        <source>Colorizing the held-out photographs with the fine-tuned model…</source>
        <translation>Colorisation des photographies mises de côté avec le modèle affiné…</translation>
    </message>
</context>
<context>
    <name>colorized::models::ModelManagerDialog</name>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="63"/>
        <source>%1 (%2 photographs)</source>
        <translation>%1 (%2 photographies)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="75"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="79"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="79"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="79"/>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="251"/>
        <source>Base model</source>
        <translation>Modèle de départ</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="79"/>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="252"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="79"/>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="253"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="79"/>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="254"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="80"/>
        <source>Color difference</source>
        <translation>Écart de couleur</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="81"/>
        <source>Mean CIEDE2000 on the held-out photographs: base model, then fine-tuned. Lower is better.</source>
        <translation>CIEDE2000 moyen sur les photographies mises de côté : modèle de départ, puis affiné. Plus bas = mieux.</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="96"/>
        <source>&amp;Use</source>
        <translation>&amp;Utiliser</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="98"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="100"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="102"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="104"/>
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="175"/>
        <source>%1 (active)</source>
        <translation>%1 (actif)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="180"/>
        <source>Installed with COLORIZED</source>
        <translation>Installé avec COLORIZED</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="180"/>
        <source>Fine-tuned</source>
        <translation>Affiné</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="180"/>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="182"/>
        <source>Unreadable</source>
        <translation>Illisible</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="190"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="231"/>
        <source>Models that came with COLORIZED cannot be deleted.</source>
        <translation>Les modèles fournis avec COLORIZED ne peuvent pas être supprimés.</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="242"/>
        <source>This file cannot be read: %1</source>
        <translation>Ce fichier ne peut pas être lu : %1</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="248"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="249"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="250"/>
        <source>Working resolution</source>
        <translation>Résolution de travail</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="250"/>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="257"/>
        <source>Held-out color difference (CIEDE2000)</source>
        <translation>Écart de couleur sur les photographies mises de côté (CIEDE2000)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="258"/>
        <source>base model %1, this model %2</source>
        <translation>modèle de départ %1, ce modèle %2</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="262"/>
        <source>Everything recorded about its training:</source>
        <translation>Tout ce qui a été enregistré sur son entraînement :</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="274"/>
        <source>%1 is now the active model.</source>
        <translation>%1 est maintenant le modèle actif.</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="291"/>
        <source>Rename model</source>
        <translation>Renommer le modèle</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="298"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="299"/>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="309"/>
        <source>Renaming…</source>
        <translation>Renommage…</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="325"/>
        <source>Delete the model?</source>
        <translation>Supprimer le modèle ?</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="326"/>
        <source>The model %1 will be deleted from this computer. Colorized photographs are not affected.</source>
        <translation>Le modèle %1 sera supprimé de cet ordinateur. Les photographies colorisées ne sont pas concernées.</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="339"/>
        <source>%1 was deleted.</source>
        <translation>%1 a été supprimé.</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="354"/>
        <source>Import a model</source>
        <translation>Importer un modèle</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="355"/>
        <source>COLORIZED models (*.safetensors)</source>
        <translation>Modèles COLORIZED (*.safetensors)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="358"/>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="363"/>
        <source>The model was not imported</source>
        <translation>Le modèle n&apos;a pas été importé</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="366"/>
        <source>Imported as %1.</source>
        <translation>Importé sous le nom %1.</translation>
    </message>
</context>
</TS>
