<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.cpp" line="25"/>
        <source>Export the colorized photo</source>
        <translation>Exporter la photo colorisée</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exportdialog.cpp" line="25"/>
        <source>Export %n colorized photos</source>
        <translation>
            <numerusform>Exporter %n photo colorisée</numerusform>
            <numerusform>Exporter %n photos colorisées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="30"/>
        <source>Exports are new files at full resolution; originals are never changed. Each carries its provenance (IPTC digital source type, model, seed, hints) in its metadata and in a .json file beside it.</source>
        <translation>Les exports sont de nouveaux fichiers en pleine résolution ; les originaux ne sont jamais modifiés. Chacun porte sa provenance (type de source numérique IPTC, modèle, graine, indications) dans ses métadonnées et dans un fichier .json à côté.</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="44"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="47"/>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="50"/>
        <source>PNG (lossless, keeps 16 bits)</source>
        <translation>PNG (sans perte, garde 16 bits)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="51"/>
        <source>TIFF (lossless, keeps 16 bits)</source>
        <translation>TIFF (sans perte, garde 16 bits)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="52"/>
        <source>JPEG (smaller, 8 bits)</source>
        <translation>JPEG (plus léger, 8 bits)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="54"/>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="65"/>
        <source>JPEG quality:</source>
        <translation>Qualité JPEG :</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="74"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="83"/>
        <source>JPEG keeps only 8 of the 16 bits per channel these scans have.</source>
        <translation>Le JPEG ne garde que 8 des 16 bits par canal de ces scans.</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="84"/>
        <source>These scans have 16 bits per channel; this format keeps them all.</source>
        <translation>Ces scans ont 16 bits par canal ; ce format les garde tous.</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="89"/>
        <source>Export folder</source>
        <translation>Dossier d&apos;export</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="108"/>
        <source>Choose a folder that exists and that you can write to.</source>
        <translation>Choisissez un dossier existant dans lequel vous pouvez écrire.</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/exporter.cpp" line="63"/>
        <source>%1 has no colorized result to export yet.</source>
        <translation>%1 n&apos;a pas encore de résultat colorisé à exporter.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/exporter.cpp" line="68"/>
        <source>Candidate %1 does not exist for %2.</source>
        <translation>La variante %1 n&apos;existe pas pour %2.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/exporter.cpp" line="72"/>
        <source>The export folder %1 does not exist.</source>
        <translation>Le dossier d&apos;export %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/exporter.cpp" line="77"/>
        <source>The original %1 is missing or has changed since it was colorized. Colorize it again before exporting.</source>
        <translation>L&apos;original %1 est introuvable ou a changé depuis sa colorisation. Colorisez-le de nouveau avant d&apos;exporter.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/exporter.cpp" line="97"/>
        <source>%1 could not be prepared for export: %2</source>
        <translation>%1 n&apos;a pas pu être préparé pour l&apos;export : %2</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/exporter.cpp" line="118"/>
        <source>%1 could not be written: %2 Check that the folder is writable and that the disk is not full.</source>
        <translation>%1 n&apos;a pas pu être écrit : %2 Vérifiez que le dossier est accessible en écriture et que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/exporter.cpp" line="139"/>
        <source>%1 of %2 could not be shown: %3</source>
        <translation>Impossible d&apos;afficher %1 de %2 : %3</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/exporter.cpp" line="164"/>
        <source>The candidates of %1 could not be shown: %2</source>
        <translation>Les variantes de %1 n&apos;ont pas pu être affichées : %2</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/exporter.cpp" line="113"/>
        <source>%1 was exported, but its provenance file %2 could not be written (the image itself carries the provenance).</source>
        <translation>%1 a été exporté, mais son fichier de provenance %2 n&apos;a pas pu être écrit (l&apos;image porte elle-même la provenance).</translation>
    </message>
    <message>
        <source>Candidate %1 of %2 could not be shown: %3</source>
        <translation type="vanished">La variante %1 de %2 n&apos;a pas pu être affichée : %3</translation>
    </message>
</context>
<context>
    <name>HintsDock</name>
    <message>
        <location filename="../ui/hintsdock.cpp" line="34"/>
        <location filename="../ui/hintsdock.cpp" line="47"/>
        <source>Color hints</source>
        <translation>Indications de couleur</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="39"/>
        <source>Where you know a color (a uniform, a painted door), pin it: the model follows hints when you colorize again or continue from a timeline frame. Only the hue and saturation of a picked color are used: its lightness always comes from the scan.</source>
        <translation>Là où vous connaissez une couleur (un uniforme, une porte peinte), épinglez-la : le modèle suit les indications quand vous colorisez à nouveau ou reprenez depuis une image de la chronologie. Seules la teinte et la saturation de la couleur choisie sont utilisées : sa luminosité vient toujours du scan.</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="50"/>
        <source>&amp;Evidence:</source>
        <translation>&amp;Justificatif :</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="53"/>
        <source>Where the color is documented</source>
        <translation>Où la couleur est attestée</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="54"/>
        <source>The evidence for the selected hint&apos;s color (a record, a catalogue reference). It goes into the provenance of the export and into the report.</source>
        <translation>Le justificatif de la couleur de l&apos;indication sélectionnée (un document, une cote de catalogue). Il figure dans la provenance de l&apos;export et dans le rapport.</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="56"/>
        <source>Evidence for the selected hint</source>
        <translation>Justificatif de l&apos;indication sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="64"/>
        <source>Add hint on photo</source>
        <translation>Ajouter une indication sur la photo</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="66"/>
        <source>Click on the photo to place a hint (H).</source>
        <translation>Cliquez sur la photo pour placer une indication (H).</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="67"/>
        <source>Change color…</source>
        <translation>Changer la couleur…</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="68"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="69"/>
        <source>Remove the selected hint (Delete).</source>
        <translation>Supprimer l&apos;indication sélectionnée (Suppr).</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="70"/>
        <source>Remove all</source>
        <translation>Tout supprimer</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="112"/>
        <source>%1. %2 at %3 %, %4 %</source>
        <translation>%1. %2 à %3 %, %4 %</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="119"/>
        <source>Double-click to change the color; drag the marker on the photo to move it.</source>
        <translation>Double-cliquez pour changer la couleur ; faites glisser le repère sur la photo pour le déplacer.</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="120"/>
        <source>Evidence: %1</source>
        <translation>Justificatif : %1</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../ui/imageviewer.cpp" line="72"/>
        <source>Drop photographs or folders here, or use File &gt; Open.</source>
        <translation>Déposez ici des photographies ou des dossiers, ou utilisez Fichier &gt; Ouvrir.</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="471"/>
        <source>Candidates differ by (CIEDE2000)</source>
        <translation>Écart entre variantes (CIEDE2000)</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="498"/>
        <source>%1 or more</source>
        <translation>%1 ou plus</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="522"/>
        <source>No candidates yet: colorize the photo first.</source>
        <translation>Pas encore de variantes : colorisez d&apos;abord la photo.</translation>
    </message>
    <message>
        <source>Candidate %1 (chosen)</source>
        <translation type="vanished">Variante %1 (choisie)</translation>
    </message>
    <message>
        <source>Candidate %1</source>
        <translation type="vanished">Variante %1</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="551"/>
        <source>Original (not colorized yet)</source>
        <translation>Original (pas encore colorisé)</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="552"/>
        <source>Colorized</source>
        <translation>Colorisé</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="562"/>
        <location filename="../ui/imageviewer.cpp" line="576"/>
        <location filename="../ui/imageviewer.cpp" line="585"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="33"/>
        <source>&amp;Colorized</source>
        <translation>&amp;Colorisé</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="34"/>
        <source>&amp;Original</source>
        <translation>&amp;Original</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="35"/>
        <source>&amp;Split View</source>
        <translation>Vue &amp;partagée</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="36"/>
        <source>Side &amp;by Side</source>
        <translation>Côte à &amp;côte</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="37"/>
        <source>Ca&amp;ndidates</source>
        <translation>&amp;Variantes</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="544"/>
        <source>%1 (chosen)</source>
        <translation>%1 (choix)</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../ui/mainactions.cpp" line="25"/>
        <source>&amp;Open Photos…</source>
        <translation>&amp;Ouvrir des photos…</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="26"/>
        <source>Open &amp;Folder…</source>
        <translation>Ouvrir un &amp;dossier…</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="26"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="27"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="27"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="28"/>
        <source>Export &amp;All Colorized…</source>
        <translation>Exporter &amp;toutes les photos colorisées…</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="28"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="32"/>
        <source>&amp;Remove from List</source>
        <translation>&amp;Retirer de la liste</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="32"/>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="40"/>
        <location filename="../ui/mainactions.cpp" line="115"/>
        <source>&amp;Colorize</source>
        <translation>&amp;Coloriser</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="40"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="41"/>
        <source>Colorize the selected photos (Ctrl+R)</source>
        <translation>Coloriser les photos sélectionnées (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="42"/>
        <source>Colorize A&amp;ll</source>
        <translation>Tout co&amp;loriser</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="42"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="43"/>
        <source>C&amp;ancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="44"/>
        <source>Cancel the running colorization (Esc)</source>
        <translation>Annuler la colorisation en cours (Échap)</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="45"/>
        <source>Cancel All</source>
        <translation>Tout annuler</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="45"/>
        <source>Shift+Esc</source>
        <translation>Shift+Esc</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="47"/>
        <source>Continue from Selected &amp;Frame</source>
        <translation>Reprendre depuis l&apos;&amp;image sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="47"/>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="48"/>
        <source>New &amp;Seed</source>
        <translation>Nouvelle &amp;graine</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="48"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="35"/>
        <source>Place Color &amp;Hints</source>
        <translation>Placer des &amp;indications de couleur</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="35"/>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="37"/>
        <source>Remove Selected Hint</source>
        <translation>Supprimer l&apos;indication sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="62"/>
        <source>&amp;Toggle Original</source>
        <translation>&amp;Basculer vers l&apos;original</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="62"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="63"/>
        <source>Flip between the original and the colorized photo (T)</source>
        <translation>Basculer entre l&apos;original et la photo colorisée (T)</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="64"/>
        <source>Show &amp;Uncertainty</source>
        <translation>Afficher l&apos;&amp;incertitude</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="64"/>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="66"/>
        <source>Highlight where the candidates disagree: there the colors are a guess (U)</source>
        <translation>Mettre en évidence les zones où les variantes divergent : là, les couleurs sont une supposition (U)</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="72"/>
        <source>&amp;Play/Pause Timeline</source>
        <translation>&amp;Lecture/pause de la chronologie</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="96"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="33"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="108"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="38"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="120"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="67"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="14"/>
        <source>&amp;New Project</source>
        <translation>&amp;Nouveau projet</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="15"/>
        <source>Open &amp;Project…</source>
        <translation>Ouvrir un &amp;projet…</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="15"/>
        <source>Ctrl+Alt+O</source>
        <translation>Ctrl+Alt+O</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="16"/>
        <source>&amp;Save Project</source>
        <translation>Enre&amp;gistrer le projet</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="17"/>
        <source>Save the photos, hints, seeds and chosen candidates as a project (Ctrl+S)</source>
        <translation>Enregistrer les photos, les indications, les graines et les variantes choisies dans un projet (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="18"/>
        <source>Save Project &amp;As…</source>
        <translation>Enregistrer le projet &amp;sous…</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="19"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="22"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="23"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="23"/>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="29"/>
        <source>Export &amp;Report…</source>
        <translation>E&amp;xporter le rapport…</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="30"/>
        <source>Write a printable PDF of the photo&apos;s colorization: model, seed, branch and every hint with its evidence</source>
        <translation>Écrire un PDF imprimable de la colorisation de la photo : modèle, graine, branche et chaque indication avec son justificatif</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="59"/>
        <source>&amp;Review Collection</source>
        <translation>R&amp;evoir la collection</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="59"/>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="61"/>
        <source>Every photo as a tile with its review state: accept, redo or reject them from the keyboard (G)</source>
        <translation>Chaque photo en vignette avec son état de révision : acceptez-la, faites-la refaire ou rejetez-la au clavier (G)</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="68"/>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="69"/>
        <source>Zoom O&amp;ut</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="70"/>
        <source>&amp;Fit to Window</source>
        <translation>A&amp;juster à la fenêtre</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="70"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="71"/>
        <source>&amp;Actual Pixels (100 %)</source>
        <translation>&amp;Taille réelle (100 %)</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="71"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="73"/>
        <source>Next Frame</source>
        <translation>Image suivante</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="73"/>
        <source>]</source>
        <translation>]</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="74"/>
        <source>Previous Frame</source>
        <translation>Image précédente</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="74"/>
        <source>[</source>
        <translation>[</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="133"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="138"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="75"/>
        <source>&amp;About COLORIZED</source>
        <translation>À &amp;propos de COLORIZED</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="140"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="84"/>
        <location filename="../ui/mainwindow.cpp" line="104"/>
        <source>COLORIZED</source>
        <translation>COLORIZED</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="154"/>
        <location filename="../ui/mainwindow.cpp" line="163"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="115"/>
        <source>Open &amp;Recent</source>
        <translation>Ouverts &amp;récemment</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="57"/>
        <source>Hint color: its lightness is not used, the scan&apos;s is kept (custom colors: what the candidates give here)</source>
        <translation>Couleur de l&apos;indication : sa luminosité n&apos;est pas utilisée, celle du scan est conservée (couleurs personnalisées : ce que donnent les variantes ici)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="63"/>
        <source>Scans that hold color</source>
        <translation>Scans déjà en couleur</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="64"/>
        <source>%n of these scans already hold color (a color photograph, or a hand-tinted print).</source>
        <translation>
            <numerusform>%n de ces scans est déjà en couleur (une photographie en couleur ou un tirage colorié à la main).</numerusform>
            <numerusform>%n de ces scans sont déjà en couleur (une photographie en couleur ou un tirage colorié à la main).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="67"/>
        <source>Colorizing replaces their colors with the model&apos;s guess from their luminance. The originals are never changed either way.</source>
        <translation>Coloriser remplace leurs couleurs par l&apos;estimation du modèle à partir de leur luminance. Les originaux ne sont jamais modifiés, dans un cas comme dans l&apos;autre.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="70"/>
        <source>Keep Their Colors</source>
        <translation>Garder leurs couleurs</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="71"/>
        <source>Colorize Luminance</source>
        <translation>Coloriser la luminance</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="194"/>
        <source>New project: add photographs with File &gt; Open or by dropping them here.</source>
        <translation>Nouveau projet : ajoutez des photographies avec Fichier &gt; Ouvrir ou en les déposant ici.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="197"/>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="198"/>
        <location filename="../ui/mainwindow.cpp" line="693"/>
        <source>COLORIZED projects (*.colorized)</source>
        <translation>Projets COLORIZED (*.colorized)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="243"/>
        <source>About COLORIZED</source>
        <translation>À propos de COLORIZED</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="244"/>
        <source>&lt;p&gt;&lt;b&gt;COLORIZED %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Colorization of lost or ruined images employing diffusion.&lt;/p&gt;&lt;p&gt;Colors are an estimate made by a trained model; exports say so in their metadata and never replace the original.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;COLORIZED %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Colorisation d&apos;images perdues ou abîmées par diffusion.&lt;/p&gt;&lt;p&gt;Les couleurs sont une estimation faite par un modèle entraîné ; les exports le disent dans leurs métadonnées et ne remplacent jamais l&apos;original.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="389"/>
        <source>Drop photographs or folders here, or use File &gt; Open.</source>
        <translation>Déposez ici des photographies ou des dossiers, ou utilisez Fichier &gt; Ouvrir.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="390"/>
        <source>No colorization model found: choose one in the Settings panel.</source>
        <translation>Aucun modèle de colorisation trouvé : choisissez-en un dans le panneau Réglages.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="485"/>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="487"/>
        <source>This scan already holds color: it is kept as it is. Colorize it (Ctrl+R) to choose whether its luminance should be colorized instead.</source>
        <translation>Ce scan est déjà en couleur : il est conservé tel quel. Colorisez-le (Ctrl+R) pour choisir de coloriser plutôt sa luminance.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="590"/>
        <source>Exporting %n photo(s)…</source>
        <translation>
            <numerusform>Export de %n photo…</numerusform>
            <numerusform>Export de %n photos…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="590"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="593"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="617"/>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="618"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="627"/>
        <source>Export problems</source>
        <translation>Problèmes d&apos;export</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="646"/>
        <source>the last session</source>
        <translation>la dernière session</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="658"/>
        <source>The project could not be opened.</source>
        <translation>Le projet n&apos;a pas pu être ouvert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="668"/>
        <source>Restored %n photo(s) from %1</source>
        <translation>
            <numerusform>%n photo restaurée depuis %1</numerusform>
            <numerusform>%n photos restaurées depuis %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="669"/>
        <source>%n with a saved result, remade exactly when shown</source>
        <translation>
            <numerusform>%n avec un résultat enregistré, refait à l&apos;identique à l&apos;affichage</numerusform>
            <numerusform>%n avec un résultat enregistré, refait à l&apos;identique à l&apos;affichage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="670"/>
        <source>%n hint(s)</source>
        <translation>
            <numerusform>%n indication</numerusform>
            <numerusform>%n indications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="672"/>
        <source>%n original(s) missing</source>
        <translation>
            <numerusform>%n original manquant</numerusform>
            <numerusform>%n originaux manquants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="682"/>
        <location filename="../ui/mainwindow.cpp" line="700"/>
        <source>The project was not saved.</source>
        <translation>Le projet n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="685"/>
        <source>Project saved to %1.</source>
        <translation>Projet enregistré dans %1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="691"/>
        <source>project</source>
        <translation>projet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="693"/>
        <source>Save Project</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="704"/>
        <source>Project saved to %1; changes are saved to it as you work.</source>
        <translation>Projet enregistré dans %1 ; les modifications y sont enregistrées au fil du travail.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="715"/>
        <source>%n colorized photo(s) are not exported, and this project has no name yet.</source>
        <translation>
            <numerusform>%n photo colorisée n&apos;est pas exportée, et ce projet n&apos;a pas encore de nom.</numerusform>
            <numerusform>%n photos colorisées ne sont pas exportées, et ce projet n&apos;a pas encore de nom.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="718"/>
        <source>Save the project to keep the photos, hints, seeds and chosen candidates; discard to start afresh.</source>
        <translation>Enregistrez le projet pour garder les photos, les indications, les graines et les variantes choisies ; abandonnez-le pour repartir de zéro.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="734"/>
        <source>Unnamed project</source>
        <translation>Projet sans nom</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="735"/>
        <source>%1 — COLORIZED</source>
        <translation>%1 — COLORIZED</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="743"/>
        <source>Remove %n photo(s) from the list?</source>
        <translation>
            <numerusform>Retirer %n photo de la liste ?</numerusform>
            <numerusform>Retirer %n photos de la liste ?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="744"/>
        <source>The files stay on disk. Edit &gt; Undo brings the photos back with their hints and results.</source>
        <translation>Les fichiers restent sur le disque. Édition &gt; Annuler rétablit les photos avec leurs indications et leurs résultats.</translation>
    </message>
</context>
<context>
    <name>ModelLocator</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/modellocator.cpp" line="82"/>
        <source>No colorization model was found. Looked in: %1. Choose a model file with Settings &gt; Model &gt; Choose…, set the COLORIZED_MODEL environment variable, or train one with &quot;colorized-cli train&quot; as the README explains.</source>
        <translation>Aucun modèle de colorisation n&apos;a été trouvé. Emplacements examinés : %1. Choisissez un fichier de modèle avec Réglages &gt; Modèle &gt; Choisir…, définissez la variable d&apos;environnement COLORIZED_MODEL, ou entraînez-en un avec « colorized-cli train » comme l&apos;explique le README.</translation>
    </message>
</context>
<context>
    <name>PhotoListModel</name>
    <message>
        <location filename="../ui/session/photolistmodel.cpp" line="27"/>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <location filename="../ui/session/photolistmodel.cpp" line="29"/>
        <source>Not colorized</source>
        <translation>Non colorisée</translation>
    </message>
    <message>
        <location filename="../ui/session/photolistmodel.cpp" line="31"/>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../ui/session/photolistmodel.cpp" line="33"/>
        <source>Colorizing</source>
        <translation>Colorisation</translation>
    </message>
    <message>
        <location filename="../ui/session/photolistmodel.cpp" line="35"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../ui/session/photolistmodel.cpp" line="37"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../ui/session/photolistmodel.cpp" line="46"/>
        <source>To review</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <location filename="../ui/session/photolistmodel.cpp" line="48"/>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location filename="../ui/session/photolistmodel.cpp" line="50"/>
        <source>Redo</source>
        <translation>À refaire</translation>
    </message>
    <message>
        <location filename="../ui/session/photolistmodel.cpp" line="52"/>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <location filename="../ui/session/photolistmodel.cpp" line="66"/>
        <source>Colorizing %1%</source>
        <translation>Colorisation %1 %</translation>
    </message>
    <message>
        <location filename="../ui/session/photolistmodel.cpp" line="68"/>
        <source>Holds color: kept as it is</source>
        <translation>Déjà en couleur : conservé tel quel</translation>
    </message>
    <message>
        <location filename="../ui/session/photolistmodel.cpp" line="70"/>
        <source>Saved result, remade when shown</source>
        <translation>Résultat enregistré, refait à l&apos;affichage</translation>
    </message>
    <message>
        <location filename="../ui/session/photolistmodel.cpp" line="81"/>
        <source>%1 × %2 pixels, %3-bit</source>
        <translation>%1 × %2 pixels, %3 bits</translation>
    </message>
    <message>
        <location filename="../ui/session/photolistmodel.cpp" line="83"/>
        <source>This scan already holds color.</source>
        <translation>Ce scan est déjà en couleur.</translation>
    </message>
</context>
<context>
    <name>PhotoLoader</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/photoloader.cpp" line="63"/>
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
    <name>Project</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/projectio.cpp" line="103"/>
        <source>The project could not be saved to %1: %2.</source>
        <translation>Le projet n&apos;a pas pu être enregistré dans %1 : %2.</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/provenance.cpp" line="209"/>
        <source>The exported file %1 could not be reopened to add its provenance.</source>
        <translation>Le fichier exporté %1 n&apos;a pas pu être rouvert pour y ajouter sa provenance.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/provenance.cpp" line="220"/>
        <source>The provenance could not be written into %1: %2</source>
        <translation>La provenance n&apos;a pas pu être écrite dans %1 : %2</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/provenance.cpp" line="250"/>
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
    <name>Report</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="72"/>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="145"/>
        <source>Colorization report: %1</source>
        <translation>Rapport de colorisation : %1</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="74"/>
        <source>The colors are a machine-learning estimate added to a black-and-white original; they are not a record of the original colors. Only the hints below rest on evidence.</source>
        <translation>Les couleurs sont une estimation par apprentissage automatique ajoutée à un original en noir et blanc ; elles ne documentent pas les couleurs d&apos;origine. Seules les indications ci-dessous reposent sur des justificatifs.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="81"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="81"/>
        <source>%1 (%2 × %3 pixels, %4-bit), SHA-256 %5</source>
        <translation>%1 (%2 × %3 pixels, %4 bits), SHA-256 %5</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="88"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="88"/>
        <source>%1 (%2), SHA-256 %3</source>
        <translation>%1 (%2), SHA-256 %3</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="91"/>
        <source>Sampler</source>
        <translation>Échantillonneur</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="91"/>
        <source>%1, %2 steps, eta %3, working resolution %4 px%5</source>
        <translation>%1, %2 étapes, eta %3, résolution de travail %4 px%5</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="96"/>
        <source>, bfloat16</source>
        <translation>, bfloat16</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="41"/>
        <source>, classifier-free guidance %1</source>
        <translation>, guidage sans classifieur %1</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="99"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="57"/>
        <source>%1; the consensus of %2 candidates</source>
        <translation>%1 ; le consensus de %2 variantes</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="42"/>
        <source>, classifier-free guidance %1 over the noisiest %2 % of the timesteps</source>
        <translation>, guidage sans classifieur %1 sur les %2 % les plus bruités des pas de temps</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="51"/>
        <source>%1; candidate %2 of %3</source>
        <translation>%1 ; variante %2 sur %3</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="53"/>
        <source>%1; the consensus of %2 candidates, colors they disagree on damped by %3</source>
        <translation>%1 ; le consensus de %2 variantes, les couleurs sur lesquelles elles divergent atténuées de %3</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="100"/>
        <source>Branch</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="100"/>
        <source>A first colorization from noise.</source>
        <translation>Une première colorisation à partir du bruit.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="103"/>
        <source>Hints kept</source>
        <translation>Indications maintenues</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="103"/>
        <source>strength %1 within %2 working pixels</source>
        <translation>force %1 dans un rayon de %2 pixels de travail</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="105"/>
        <source>Made</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="105"/>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="108"/>
        <source>Color hints</source>
        <translation>Indications de couleur</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="110"/>
        <source>None: every color is the model&apos;s estimate.</source>
        <translation>Aucune : chaque couleur est l&apos;estimation du modèle.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="114"/>
        <source>Color</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="114"/>
        <source>CIE a*, b*</source>
        <translation>CIE a*, b*</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="115"/>
        <source>Position (x, y)</source>
        <translation>Position (x, y)</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="115"/>
        <source>Evidence</source>
        <translation>Justificatif</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="125"/>
        <source>(none given)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="128"/>
        <source>A hint gives hue and saturation only: the lightness always comes from the original.</source>
        <translation>Une indication ne donne que la teinte et la saturation : la luminosité vient toujours de l&apos;original.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="139"/>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="153"/>
        <source>The report %1 could not be written (%2). Choose another folder.</source>
        <translation>Le rapport %1 n&apos;a pas pu être écrit (%2). Choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>Result</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/provenance.cpp" line="114"/>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/provenance.cpp" line="115"/>
        <source>Candidate %1</source>
        <translation>Variante %1</translation>
    </message>
</context>
<context>
    <name>ReviewGrid</name>
    <message>
        <location filename="../ui/reviewgrid.cpp" line="57"/>
        <source>Export Accepted…</source>
        <translation>Exporter les acceptées…</translation>
    </message>
    <message>
        <location filename="../ui/reviewgrid.cpp" line="75"/>
        <source>Show every photo.</source>
        <translation>Afficher toutes les photos.</translation>
    </message>
    <message>
        <location filename="../ui/reviewgrid.cpp" line="78"/>
        <source>Show only the photos marked “%1”.</source>
        <translation>Afficher seulement les photos marquées « %1 ».</translation>
    </message>
    <message>
        <location filename="../ui/reviewgrid.cpp" line="80"/>
        <source>Export every accepted photo that has a result, with its provenance.</source>
        <translation>Exporter chaque photo acceptée qui a un résultat, avec sa provenance.</translation>
    </message>
    <message>
        <location filename="../ui/reviewgrid.cpp" line="96"/>
        <source>Collection review</source>
        <translation>Révision de la collection</translation>
    </message>
    <message>
        <location filename="../ui/reviewgrid.cpp" line="100"/>
        <source>A accept · R redo · X reject · U back to review · arrows move · Enter opens the photo</source>
        <translation>A accepter · R à refaire · X rejeter · U à revoir · flèches pour se déplacer · Entrée ouvre la photo</translation>
    </message>
    <message>
        <location filename="../ui/reviewgrid.cpp" line="161"/>
        <source>All (%1)</source>
        <translation>Toutes (%1)</translation>
    </message>
    <message>
        <location filename="../ui/reviewgrid.cpp" line="164"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ReviewTileDelegate</name>
    <message>
        <location filename="../ui/reviewtiledelegate.cpp" line="109"/>
        <source>Holds color</source>
        <translation>En couleur</translation>
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
        <location filename="../ui/session/session.cpp" line="98"/>
        <source>No photographs found in what was dropped or opened.</source>
        <translation>Aucune photographie trouvée dans ce qui a été déposé ou ouvert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session.cpp" line="112"/>
        <source>Added %n photo(s).</source>
        <translation>
            <numerusform>%n photo ajoutée.</numerusform>
            <numerusform>%n photos ajoutées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="237"/>
        <source>%1 already holds color: it is kept as it is unless you choose to colorize its luminance.</source>
        <translation>%1 est déjà en couleur : il est conservé tel quel, sauf si vous choisissez de coloriser sa luminance.</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="288"/>
        <source>No colorization model is set: choose one in the Settings panel (Model).</source>
        <translation>Aucun modèle de colorisation n&apos;est défini : choisissez-en un dans le panneau Réglages (Modèle).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session.cpp" line="306"/>
        <source>%n scan(s) already hold color and were left as they are: choose Colorize Luminance for a scan to colorize it anyway.</source>
        <translation>
            <numerusform>%n scan est déjà en couleur et a été laissé tel quel : choisissez Coloriser la luminance pour un scan afin de le coloriser quand même.</numerusform>
            <numerusform>%n scans sont déjà en couleur et ont été laissés tels quels : choisissez Coloriser la luminance pour un scan afin de le coloriser quand même.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="325"/>
        <source>The branches saved in the project are still being made again: continue once they are.</source>
        <translation>Les branches enregistrées dans le projet sont encore en cours de reconstitution : reprenez une fois qu&apos;elles le sont.</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="326"/>
        <source>Colorize the photo first, then pick a timeline frame to continue from.</source>
        <translation>Colorisez d&apos;abord la photo, puis choisissez une image de la chronologie d&apos;où reprendre.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session.cpp" line="332"/>
        <source>Continuing from %1, step %2, with seed %3 and %n hint(s).</source>
        <translation>
            <numerusform>Reprise depuis %1, étape %2, avec la graine %3 et %n indication.</numerusform>
            <numerusform>Reprise depuis %1, étape %2, avec la graine %3 et %n indications.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session.cpp" line="415"/>
        <source>Colorizing %1 (%n more waiting)…</source>
        <translation>
            <numerusform>Colorisation de %1 (%n autre en attente)…</numerusform>
            <numerusform>Colorisation de %1 (%n autres en attente)…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="416"/>
        <source>Colorizing %1…</source>
        <translation>Colorisation de %1…</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="466"/>
        <source>The original has changed since the project was saved: this result is not the saved one.</source>
        <translation>L&apos;original a changé depuis l&apos;enregistrement du projet : ce résultat n&apos;est pas celui qui a été enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="468"/>
        <source>The model file has changed since the project was saved: this result is not the saved one.</source>
        <translation>Le fichier de modèle a changé depuis l&apos;enregistrement du projet : ce résultat n&apos;est pas celui qui a été enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="488"/>
        <source>%1 colorized in %2 s (seed %3).</source>
        <translation>%1 colorisé en %2 s (graine %3).</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="511"/>
        <source>Colorizing %1 failed.</source>
        <translation>La colorisation de %1 a échoué.</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="522"/>
        <source>Colorizing was cancelled.</source>
        <translation>La colorisation a été annulée.</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="524"/>
        <source>Cancelled colorizing %1.</source>
        <translation>Colorisation de %1 annulée.</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="539"/>
        <source>Hint added. Colorize again (Ctrl+R) or continue from a timeline frame to use it.</source>
        <translation>Indication ajoutée. Colorisez de nouveau (Ctrl+R) ou reprenez depuis une image de la chronologie pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Candidate %1 chosen: it is the one exported.</source>
        <translation type="vanished">Variante %1 choisie : c&apos;est elle qui sera exportée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session.cpp" line="68"/>
        <source>Exporting… %n left.</source>
        <translation>
            <numerusform>Export en cours… %n restant.</numerusform>
            <numerusform>Export en cours… %n restants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session.cpp" line="78"/>
        <source>Exported %n photo(s) to %1.</source>
        <translation>
            <numerusform>%n photo exportée dans %1.</numerusform>
            <numerusform>%n photos exportées dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session.cpp" line="74"/>
        <source>%n export(s) failed.</source>
        <translation>
            <numerusform>%n export a échoué.</numerusform>
            <numerusform>%n exports ont échoué.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session.cpp" line="76"/>
        <source>Export cancelled: %n photo(s) exported to %1 before.</source>
        <translation>
            <numerusform>Export annulé : %n photo avait déjà été exportée dans %1.</numerusform>
            <numerusform>Export annulé : %n photos avaient déjà été exportées dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Continuing candidate %1 from step %2 with seed %3 and %n hint(s).</source>
        <translation type="vanished">
            <numerusform>Reprise de la variante %1 depuis l&apos;étape %2 avec la graine %3 et %n indication.</numerusform>
            <numerusform>Reprise de la variante %1 depuis l&apos;étape %2 avec la graine %3 et %n indications.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="593"/>
        <source>%1 chosen: it is the one exported.</source>
        <translation>Choix : %1. C&apos;est ce résultat qui sera exporté.</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="683"/>
        <source>Branch %1 of %2: a colorization from noise.</source>
        <translation>Branche %1 sur %2 : une colorisation à partir du bruit.</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="687"/>
        <source>Branch %1 of %2: continued from branch %3 at step %4 of %5 (its candidate %6, seed %7), re-noised with seed %8.</source>
        <translation>Branche %1 sur %2 : reprise de la branche %3 à l&apos;étape %4 sur %5 (sa variante %6, graine %7), rebruitée avec la graine %8.</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="702"/>
        <source>Nothing to report: colorize the photo first.</source>
        <translation>Rien à rapporter : colorisez d&apos;abord la photo.</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="707"/>
        <source>The report would replace the original scan; choose another file name.</source>
        <translation>Le rapport remplacerait le scan original ; choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="717"/>
        <source>Report written to %1.</source>
        <translation>Rapport écrit dans %1.</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="727"/>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="739"/>
        <source>Nothing to export: colorize a photo first.</source>
        <translation>Rien à exporter : colorisez d&apos;abord une photo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session.cpp" line="742"/>
        <source>Exporting %n photo(s)…</source>
        <translation>
            <numerusform>Export de %n photo…</numerusform>
            <numerusform>Export de %n photos…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="845"/>
        <source>The original is not at %1 any more (moved, renamed or deleted since the project was saved).</source>
        <translation>L&apos;original n&apos;est plus à l&apos;emplacement %1 (déplacé, renommé ou supprimé depuis l&apos;enregistrement du projet).</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="912"/>
        <source>The original has changed since the project was saved (its SHA-256 differs): its result cannot be remade as it was.</source>
        <translation>L&apos;original a changé depuis l&apos;enregistrement du projet (son SHA-256 diffère) : son résultat ne peut pas être refait à l&apos;identique.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session.cpp" line="916"/>
        <source>%n original(s) changed since the project was saved: see the photos marked in the list.</source>
        <translation>
            <numerusform>%n original a changé depuis l&apos;enregistrement du projet : voyez les photos signalées dans la liste.</numerusform>
            <numerusform>%n originaux ont changé depuis l&apos;enregistrement du projet : voyez les photos signalées dans la liste.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionCommand</name>
    <message>
        <location filename="../ui/session/sessioncommands.cpp" line="58"/>
        <source>Add Hint</source>
        <translation>l&apos;ajout d&apos;une indication</translation>
    </message>
    <message>
        <location filename="../ui/session/sessioncommands.cpp" line="60"/>
        <source>Move Hint</source>
        <translation>le déplacement d&apos;une indication</translation>
    </message>
    <message>
        <location filename="../ui/session/sessioncommands.cpp" line="62"/>
        <source>Change Hint Color</source>
        <translation>le changement de couleur d&apos;une indication</translation>
    </message>
    <message>
        <location filename="../ui/session/sessioncommands.cpp" line="64"/>
        <source>Remove Hint</source>
        <translation>la suppression d&apos;une indication</translation>
    </message>
    <message>
        <location filename="../ui/session/sessioncommands.cpp" line="66"/>
        <source>Clear Hints</source>
        <translation>l&apos;effacement des indications</translation>
    </message>
    <message>
        <location filename="../ui/session/sessioncommands.cpp" line="68"/>
        <source>Edit Hint Evidence</source>
        <translation>la modification d&apos;un justificatif</translation>
    </message>
    <message>
        <location filename="../ui/session/sessioncommands.cpp" line="123"/>
        <source>Choose %1</source>
        <translation>le choix « %1 »</translation>
    </message>
    <message>
        <source>Choose Candidate %1</source>
        <translation type="vanished">le choix de la variante %1</translation>
    </message>
    <message>
        <location filename="../ui/session/sessioncommands.cpp" line="135"/>
        <source>Switch to Branch %1</source>
        <translation>le passage à la branche %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/sessioncommands.cpp" line="148"/>
        <source>Remove %n Photo(s)</source>
        <translation>
            <numerusform>le retrait de %n photo</numerusform>
            <numerusform>le retrait de %n photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDock</name>
    <message>
        <location filename="../ui/settingsdock.cpp" line="55"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="66"/>
        <source>Model file</source>
        <translation>Fichier de modèle</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="68"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="69"/>
        <source>Choose the model file (.safetensors) used to colorize.</source>
        <translation>Choisir le fichier de modèle (.safetensors) utilisé pour coloriser.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="72"/>
        <source>Model:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="85"/>
        <source>Sampler:</source>
        <translation>Échantillonneur :</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="91"/>
        <source>More steps can give cleaner colors and take longer.</source>
        <translation>Davantage d&apos;étapes peuvent donner des couleurs plus nettes et prennent plus de temps.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="92"/>
        <source>Steps:</source>
        <translation>Étapes :</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="97"/>
        <source>The same photo, settings and seed give exactly the same result.</source>
        <translation>La même photo, les mêmes réglages et la même graine donnent exactement le même résultat.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="99"/>
        <source>New seed</source>
        <translation>Nouvelle graine</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="100"/>
        <source>Draw a new random seed (Ctrl+G).</source>
        <translation>Tirer une nouvelle graine au hasard (Ctrl+G).</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="103"/>
        <source>Seed:</source>
        <translation>Graine :</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="107"/>
        <source>Several candidates are computed together; where they disagree, the uncertainty map lights up.</source>
        <translation>Plusieurs variantes sont calculées ensemble ; là où elles divergent, la carte d&apos;incertitude s&apos;allume.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="108"/>
        <source>Candidates:</source>
        <translation>Variantes :</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="112"/>
        <source>Model default</source>
        <translation>Celle du modèle</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="112"/>
        <source>%1 pixels</source>
        <translation>%1 pixels</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="113"/>
        <source>Long side at which the model works; the result keeps the original&apos;s full resolution and detail.</source>
        <translation>Grand côté auquel travaille le modèle ; le résultat garde la pleine résolution et les détails de l&apos;original.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="114"/>
        <source>Working resolution:</source>
        <translation>Résolution de travail :</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="116"/>
        <source>Reduced precision (bfloat16)</source>
        <translation>Précision réduite (bfloat16)</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="122"/>
        <source>Colorize</source>
        <translation>Coloriser</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="123"/>
        <source>Colorize the selected photos with these settings (Ctrl+R).</source>
        <translation>Coloriser les photos sélectionnées avec ces réglages (Ctrl+R).</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="147"/>
        <source> (%1 uses all %2)</source>
        <translation> (%1 les utilise toutes : %2)</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="161"/>
        <source>Uses the processor&apos;s native bfloat16 instructions; colors may differ very slightly from full precision. Measure the speed on this computer with colorized-cli bench.</source>
        <translation>Utilise les instructions bfloat16 natives du processeur ; les couleurs peuvent très légèrement différer de celles en pleine précision. Mesurez la vitesse sur cet ordinateur avec colorized-cli bench.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="163"/>
        <source>Not available: this processor has no native bfloat16 instructions (AVX-512 BF16 or AMX), so reduced precision would be several times slower than full precision.</source>
        <translation>Indisponible : ce processeur n&apos;a pas d&apos;instructions bfloat16 natives (AVX-512 BF16 ou AMX), et la précision réduite y serait plusieurs fois plus lente que la pleine précision.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="224"/>
        <source>%1 — works at %2 pixels, %3 diffusion steps.</source>
        <translation>%1 — travaille à %2 pixels, %3 étapes de diffusion.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="226"/>
        <source>%1 — works at %2 pixels, %3 diffusion steps, classifier-free guidance %4.</source>
        <translation>%1 — travaille à %2 pixels, %3 étapes de diffusion, guidage sans classifieur %4.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="229"/>
        <source>%1 — works at %2 pixels, %3 diffusion steps, classifier-free guidance %4 over the noisiest %5 % of the steps.</source>
        <translation>%1 — travaille à %2 pixels, %3 étapes de diffusion, guidage sans classifieur %4 sur les %5 % d’étapes les plus bruitées.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="249"/>
        <source>Choose a colorization model</source>
        <translation>Choisir un modèle de colorisation</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="250"/>
        <source>Model files (*.safetensors)</source>
        <translation>Fichiers de modèle (*.safetensors)</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../ui/statuspanel.cpp" line="52"/>
        <source>Model: loading…</source>
        <translation>Modèle : chargement…</translation>
    </message>
    <message>
        <location filename="../ui/statuspanel.cpp" line="44"/>
        <source>Model: %1</source>
        <translation>Modèle : %1</translation>
    </message>
    <message>
        <location filename="../ui/statuspanel.cpp" line="57"/>
        <source>Model: none</source>
        <translation>Modèle : aucun</translation>
    </message>
    <message>
        <location filename="../ui/statuspanel.cpp" line="39"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../ui/statuspanel.cpp" line="74"/>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/statuspanel.cpp" line="76"/>
        <source>Estimating time left…</source>
        <translation>Estimation du temps restant…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/statuspanel.cpp" line="78"/>
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>Environ %n seconde restante</numerusform>
            <numerusform>Environ %n secondes restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/statuspanel.cpp" line="80"/>
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
        <location filename="../ui/timelinedock.cpp" line="236"/>
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
        <source>Run the rest of the process again from the selected frame of the chosen candidate, re-noised with the current seed and with the current hints. The result is a new branch; the one you continued from stays.</source>
        <translation>Relancer la suite du processus depuis l&apos;image sélectionnée de la variante choisie, rebruitée avec la graine actuelle et avec les indications actuelles. Le résultat est une nouvelle branche ; celle dont vous êtes parti reste.</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="70"/>
        <source>Every colorization and every continuation of this photo is a branch: choose the one to show and export.</source>
        <translation>Chaque colorisation et chaque reprise de cette photo est une branche : choisissez celle à afficher et à exporter.</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="72"/>
        <source>Branch</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="78"/>
        <location filename="../ui/timelinedock.cpp" line="213"/>
        <source>No frames yet.</source>
        <translation>Pas encore d&apos;images.</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="187"/>
        <source>%1: seed %2</source>
        <translation>%1 : graine %2</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="189"/>
        <source>%1: from %2, step %3, seed %4</source>
        <translation>%1 : depuis %2, étape %3, graine %4</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="196"/>
        <source>No branches yet</source>
        <translation>Pas encore de branche</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="213"/>
        <source>Final result.</source>
        <translation>Résultat final.</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="236"/>
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
        <location filename="../ui/finetune/resultpage.cpp" line="150"/>
        <source>Base model</source>
        <translation>Modèle de départ</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="69"/>
        <location filename="../ui/finetune/resultpage.cpp" line="151"/>
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
        <location filename="../ui/finetune/resultpage.cpp" line="146"/>
        <source>The fine-tuned model came out farther from the true colors than the base model, so it is not made the active model unless you tick this.</source>
        <translation>Le modèle affiné s&apos;écarte davantage des vraies couleurs que le modèle de départ : il ne devient le modèle actif que si vous cochez cette case.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="149"/>
        <source>True colors</source>
        <translation>Vraies couleurs</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="158"/>
        <source>%1, tuned on %2</source>
        <translation>%1, affiné sur %2</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="161"/>
        <source>Fine-tuned from %1 for %2 steps on %3 photographs of the folder %4.</source>
        <translation>Affiné à partir de %1 pendant %2 étapes sur %3 photographies du dossier %4.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="174"/>
        <source>The model was not saved</source>
        <translation>Le modèle n&apos;a pas été enregistré</translation>
    </message>
</context>
<context>
    <name>colorized::finetune::SettingsPage</name>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="33"/>
        <source>Training settings</source>
        <translation>Réglages de l&apos;entraînement</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="34"/>
        <source>The defaults suit a laptop. More steps learn more and take longer.</source>
        <translation>Les valeurs par défaut conviennent à un ordinateur portable. Plus d&apos;étapes apprennent davantage et prennent plus de temps.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="36"/>
        <source>Start &amp;training</source>
        <translation>Lancer l&apos;&amp;entraînement</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="52"/>
        <source>How far each step moves the model. Lower is gentler: the model keeps more of what it knew.</source>
        <translation>Ampleur de chaque pas d&apos;apprentissage. Plus bas est plus doux : le modèle garde davantage de ce qu&apos;il savait.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="58"/>
        <source>Photographs per step. Larger batches give steadier steps and take longer each.</source>
        <translation>Photographies par étape. Des lots plus grands donnent des étapes plus stables, chacune plus longue.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="61"/>
        <source>Side of the square pieces the model learns from, in pixels. Keep the base model&apos;s resolution unless you know better.</source>
        <translation>Côté des morceaux carrés dont le modèle apprend, en pixels. Gardez la résolution du modèle de départ, sauf raison précise.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="68"/>
        <source>Start from model:</source>
        <translation>Partir du modèle :</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="69"/>
        <source>Training steps:</source>
        <translation>Étapes d&apos;entraînement :</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="71"/>
        <source>Learning rate:</source>
        <translation>Taux d&apos;apprentissage :</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="72"/>
        <source>Batch size:</source>
        <translation>Taille de lot :</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="73"/>
        <source>Resolution:</source>
        <translation>Résolution :</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="100"/>
        <source>%1 (installed with COLORIZED)</source>
        <translation>%1 (installé avec COLORIZED)</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="130"/>
        <source>%1 px (the model&apos;s own)</source>
        <translation>%1 px (celle du modèle)</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="130"/>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="219"/>
        <source>Each of your %1 training photographs is seen about %2 times.</source>
        <translation>Chacune de vos %1 photographies d&apos;entraînement est vue environ %2 fois.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="223"/>
        <source>The time could not be estimated: the model could not be loaded.</source>
        <translation>La durée n&apos;a pas pu être estimée : le modèle n&apos;a pas pu être chargé.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="227"/>
        <source>Measuring a training step on this computer…</source>
        <translation>Mesure d&apos;une étape d&apos;entraînement sur cet ordinateur…</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="231"/>
        <source>One step takes about %1 s on this computer, so %2 steps with the previews and the comparison at the end take about %3. You can pause or stop at any time; a stopped run can be resumed.</source>
        <translation>Une étape prend environ %1 s sur cet ordinateur : %2 étapes, avec les aperçus et la comparaison finale, prennent donc environ %3. Vous pouvez mettre en pause ou arrêter à tout moment ; un entraînement arrêté peut être repris.</translation>
    </message>
</context>
<context>
    <name>colorized::finetune::TrainingPage</name>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="34"/>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="35"/>
        <source>You can keep working in COLORIZED meanwhile. Stopping keeps what was learned so far: the run can be resumed later, also after closing the application.</source>
        <translation>Vous pouvez continuer à travailler dans COLORIZED pendant ce temps. Arrêter conserve ce qui a été appris : l&apos;entraînement pourra être repris plus tard, même après la fermeture de l&apos;application.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="49"/>
        <location filename="../ui/finetune/trainingpage.cpp" line="100"/>
        <location filename="../ui/finetune/trainingpage.cpp" line="155"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="51"/>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="53"/>
        <source>Stops after the current step and keeps a checkpoint, so the run can be resumed.</source>
        <translation>S&apos;arrête après l&apos;étape en cours et garde un point de reprise, pour pouvoir reprendre.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="54"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="64"/>
        <source>Stopping after the current step…</source>
        <translation>Arrêt après l&apos;étape en cours…</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="93"/>
        <source>True colors</source>
        <translation>Vraies couleurs</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="95"/>
        <source>Base model</source>
        <translation>Modèle de départ</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="97"/>
        <source>After step %1</source>
        <translation>Après l&apos;étape %1</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="100"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="102"/>
        <source>Paused. A checkpoint was saved: closing the window now loses nothing.</source>
        <translation>En pause. Un point de reprise a été enregistré : fermer la fenêtre maintenant ne fait rien perdre.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="104"/>
        <source>Training…</source>
        <translation>Entraînement…</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="164"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="165"/>
        <source>Step %1 of %2, about %3 left (%4 photographs per second).</source>
        <translation>Étape %1 sur %2, environ %3 restant (%4 photographies par seconde).</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="179"/>
        <source>Training finished after %1 steps. Next: compare the models and save the new one.</source>
        <translation>Entraînement terminé après %1 étapes. Ensuite : comparer les modèles et enregistrer le nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="188"/>
        <source>Stopped at step %1. The checkpoint is kept: resume now, or the next time you open this wizard.</source>
        <translation>Arrêté à l&apos;étape %1. Le point de reprise est conservé : reprenez maintenant, ou la prochaine fois que vous ouvrirez cet assistant.</translation>
    </message>
</context>
<context>
    <name>colorized::jobs::ColorizeWorker</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/colorizeworker.cpp" line="81"/>
        <source>No colorization model is set. Choose a model file in the Settings panel (Model), or install the default model; the README explains how to train one with colorized-cli train.</source>
        <translation>Aucun modèle de colorisation n&apos;est défini. Choisissez un fichier de modèle dans le panneau Réglages (Modèle) ou installez le modèle par défaut ; le README explique comment en entraîner un avec colorized-cli train.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/colorizeworker.cpp" line="85"/>
        <source>The model file %1 does not exist. Choose another model in the Settings panel.</source>
        <translation>Le fichier de modèle %1 n&apos;existe pas. Choisissez un autre modèle dans le panneau Réglages.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/colorizeworker.cpp" line="94"/>
        <source>The model file %1 could not be loaded: %2 Choose another model in the Settings panel.</source>
        <translation>Le fichier de modèle %1 n&apos;a pas pu être chargé : %2 Choisissez un autre modèle dans le panneau Réglages.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/colorizeworker.cpp" line="145"/>
        <source>%1 could not be opened: %2 Check that it is a JPEG, PNG or TIFF image and that the file is complete.</source>
        <translation>Impossible d&apos;ouvrir %1 : %2 Vérifiez qu&apos;il s&apos;agit d&apos;une image JPEG, PNG ou TIFF et que le fichier est complet.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/colorizeworker.cpp" line="183"/>
        <source>The selected timeline frame can no longer be continued. Colorize the photo again.</source>
        <translation>Il n&apos;est plus possible de reprendre depuis l&apos;image sélectionnée de la chronologie. Colorisez de nouveau la photo.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/colorizeworker.cpp" line="294"/>
        <source>Colorizing %1 failed: %2 Try another working resolution or model; if it keeps failing, please report it.</source>
        <translation>La colorisation de %1 a échoué : %2 Essayez une autre résolution de travail ou un autre modèle ; si l&apos;échec persiste, merci de le signaler.</translation>
    </message>
</context>
<context>
    <name>colorized::jobs::ModelStore</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="68"/>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="179"/>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="188"/>
        <source>%1 is not a COLORIZED model: %2</source>
        <translation>%1 n&apos;est pas un modèle COLORIZED : %2</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="204"/>
        <source>Could not copy %1 into %2.</source>
        <translation>Impossible de copier %1 dans %2.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="215"/>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="239"/>
        <source>Give the model a name.</source>
        <translation>Donnez un nom au modèle.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="224"/>
        <source>Could not save the model as %1: %2</source>
        <translation>Impossible d&apos;enregistrer le modèle sous %1 : %2</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="235"/>
        <source>%1 came with COLORIZED and cannot be renamed.</source>
        <translation>%1 est fourni avec COLORIZED et ne peut pas être renommé.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="246"/>
        <source>Could not rename the model: %1</source>
        <translation>Impossible de renommer le modèle : %1</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="259"/>
        <source>%1 came with COLORIZED and cannot be deleted.</source>
        <translation>%1 est fourni avec COLORIZED et ne peut pas être supprimé.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="263"/>
        <source>Could not delete %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
</context>
<context>
    <name>colorized::jobs::TrainWorker</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/trainworker.cpp" line="148"/>
        <source>Could not write the training state in %1 (%2).</source>
        <translation>Impossible d&apos;écrire l&apos;état de l&apos;entraînement dans %1 (%2).</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/trainworker.cpp" line="174"/>
        <source>Fine-tuning stopped: %1</source>
        <translation>L&apos;affinage s&apos;est arrêté : %1</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/trainworker.cpp" line="183"/>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/trainworker.cpp" line="191"/>
        <source>The folder %1 holds no fine-tuning run to resume.</source>
        <translation>Le dossier %1 ne contient aucun affinage à reprendre.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/trainworker.cpp" line="217"/>
        <source>Reading the photographs…</source>
        <translation>Lecture des photographies…</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/trainworker.cpp" line="266"/>
        <source>Colorizing the held-out photographs with the base model…</source>
        <translation>Colorisation des photographies mises de côté avec le modèle de départ…</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/trainworker.cpp" line="311"/>
        <source>Training…</source>
        <translation>Entraînement…</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/trainworker.cpp" line="362"/>
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
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="97"/>
        <source>Colorizes scanned black-and-white archive photographs with a diffusion model.</source>
        <translation>Colorise des photographies d&apos;archives en noir et blanc numérisées avec un modèle de diffusion.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="102"/>
        <source>Photographs or folders to open.</source>
        <translation>Photographies ou dossiers à ouvrir.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="105"/>
        <source>Save the window to &lt;file&gt; once the photos are colorized, then quit.</source>
        <translation>Enregistrer la fenêtre dans &lt;file&gt; une fois les photos colorisées, puis quitter.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="108"/>
        <source>Compare mode, one of: %1.</source>
        <translation>Mode de comparaison, parmi : %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="112"/>
        <source>Milliseconds to wait before the screenshot.</source>
        <translation>Millisecondes d&apos;attente avant la capture d&apos;écran.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="115"/>
        <source>Start in the collection review (View &gt; Review Collection).</source>
        <translation>Démarrer dans la révision de la collection (Affichage &gt; Revoir la collection).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="126"/>
        <source>Unknown compare mode &quot;%1&quot;: use one of %2.</source>
        <translation>Mode de comparaison « %1 » inconnu : utilisez l&apos;un de ceux-ci : %2.</translation>
    </message>
</context>
</TS>
