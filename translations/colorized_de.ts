<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.cpp" line="25"/>
        <source>Export the colorized photo</source>
        <translation>Das kolorierte Foto exportieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exportdialog.cpp" line="25"/>
        <source>Export %n colorized photos</source>
        <translation>
            <numerusform>%n koloriertes Foto exportieren</numerusform>
            <numerusform>%n kolorierte Fotos exportieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="30"/>
        <source>Exports are new files at full resolution; originals are never changed. Each carries its provenance (IPTC digital source type, model, seed, hints) in its metadata and in a .json file beside it.</source>
        <translation>Exporte sind neue Dateien in voller Auflösung; Originale werden nie verändert. Jeder Export trägt seine Herkunft (IPTC-Quelltyp, Modell, Startwert, Hinweise) in seinen Metadaten und in einer .json-Datei daneben.</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="44"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="47"/>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="50"/>
        <source>PNG (lossless, keeps 16 bits)</source>
        <translation>PNG (verlustfrei, behält 16 Bit)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="51"/>
        <source>TIFF (lossless, keeps 16 bits)</source>
        <translation>TIFF (verlustfrei, behält 16 Bit)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="52"/>
        <source>JPEG (smaller, 8 bits)</source>
        <translation>JPEG (kleiner, 8 Bit)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="54"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="65"/>
        <source>JPEG quality:</source>
        <translation>JPEG-Qualität:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="74"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="83"/>
        <source>JPEG keeps only 8 of the 16 bits per channel these scans have.</source>
        <translation>JPEG behält nur 8 der 16 Bit pro Kanal dieser Scans.</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="84"/>
        <source>These scans have 16 bits per channel; this format keeps them all.</source>
        <translation>Diese Scans haben 16 Bit pro Kanal; dieses Format behält sie alle.</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="89"/>
        <source>Export folder</source>
        <translation>Exportordner</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="108"/>
        <source>Choose a folder that exists and that you can write to.</source>
        <translation>Wählen Sie einen vorhandenen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/exporter.cpp" line="63"/>
        <source>%1 has no colorized result to export yet.</source>
        <translation>%1 hat noch kein koloriertes Ergebnis zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/exporter.cpp" line="68"/>
        <source>Candidate %1 does not exist for %2.</source>
        <translation>Variante %1 gibt es für %2 nicht.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/exporter.cpp" line="72"/>
        <source>The export folder %1 does not exist.</source>
        <translation>Der Exportordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/exporter.cpp" line="77"/>
        <source>The original %1 is missing or has changed since it was colorized. Colorize it again before exporting.</source>
        <translation>Das Original %1 fehlt oder hat sich seit dem Kolorieren geändert. Kolorieren Sie es vor dem Export erneut.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/exporter.cpp" line="97"/>
        <source>%1 could not be prepared for export: %2</source>
        <translation>%1 konnte nicht für den Export vorbereitet werden: %2</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/exporter.cpp" line="118"/>
        <source>%1 could not be written: %2 Check that the folder is writable and that the disk is not full.</source>
        <translation>%1 konnte nicht geschrieben werden: %2 Prüfen Sie, ob der Ordner beschreibbar und die Festplatte nicht voll ist.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/exporter.cpp" line="139"/>
        <source>%1 of %2 could not be shown: %3</source>
        <translation>%1 von %2 konnte nicht angezeigt werden: %3</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/exporter.cpp" line="164"/>
        <source>The candidates of %1 could not be shown: %2</source>
        <translation>Die Varianten von %1 konnten nicht angezeigt werden: %2</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/exporter.cpp" line="113"/>
        <source>%1 was exported, but its provenance file %2 could not be written (the image itself carries the provenance).</source>
        <translation>%1 wurde exportiert, aber seine Herkunftsdatei %2 konnte nicht geschrieben werden (das Bild selbst trägt die Herkunft).</translation>
    </message>
    <message>
        <source>Candidate %1 of %2 could not be shown: %3</source>
        <translation type="vanished">Variante %1 von %2 konnte nicht angezeigt werden: %3</translation>
    </message>
</context>
<context>
    <name>HintsDock</name>
    <message>
        <location filename="../ui/hintsdock.cpp" line="34"/>
        <location filename="../ui/hintsdock.cpp" line="47"/>
        <source>Color hints</source>
        <translation>Farbhinweise</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="39"/>
        <source>Where you know a color (a uniform, a painted door), pin it: the model follows hints when you colorize again or continue from a timeline frame. Only the hue and saturation of a picked color are used: its lightness always comes from the scan.</source>
        <translation>Wo Sie eine Farbe kennen (eine Uniform, eine gestrichene Tür), heften Sie sie an: Das Modell folgt den Hinweisen, wenn Sie erneut kolorieren oder von einem Bild der Zeitleiste fortsetzen. Nur Farbton und Sättigung der gewählten Farbe werden verwendet: Ihre Helligkeit stammt immer aus dem Scan.</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="50"/>
        <source>&amp;Evidence:</source>
        <translation>&amp;Beleg:</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="53"/>
        <source>Where the color is documented</source>
        <translation>Wo die Farbe belegt ist</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="54"/>
        <source>The evidence for the selected hint&apos;s color (a record, a catalogue reference). It goes into the provenance of the export and into the report.</source>
        <translation>Der Beleg für die Farbe des gewählten Hinweises (ein Dokument, eine Katalognummer). Er geht in die Herkunftsangaben des Exports und in den Bericht ein.</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="56"/>
        <source>Evidence for the selected hint</source>
        <translation>Beleg für den gewählten Hinweis</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="64"/>
        <source>Add hint on photo</source>
        <translation>Hinweis auf dem Foto setzen</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="66"/>
        <source>Click on the photo to place a hint (H).</source>
        <translation>Klicken Sie auf das Foto, um einen Hinweis zu setzen (H).</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="67"/>
        <source>Change color…</source>
        <translation>Farbe ändern…</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="68"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="69"/>
        <source>Remove the selected hint (Delete).</source>
        <translation>Den gewählten Hinweis entfernen (Entf).</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="70"/>
        <source>Remove all</source>
        <translation>Alle entfernen</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="112"/>
        <source>%1. %2 at %3 %, %4 %</source>
        <translation>%1. %2 bei %3 %, %4 %</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="119"/>
        <source>Double-click to change the color; drag the marker on the photo to move it.</source>
        <translation>Doppelklicken, um die Farbe zu ändern; die Markierung auf dem Foto ziehen, um sie zu verschieben.</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="120"/>
        <source>Evidence: %1</source>
        <translation>Beleg: %1</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../ui/imageviewer.cpp" line="72"/>
        <source>Drop photographs or folders here, or use File &gt; Open.</source>
        <translation>Fotos oder Ordner hierher ziehen oder Datei &gt; Öffnen verwenden.</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="471"/>
        <source>Candidates differ by (CIEDE2000)</source>
        <translation>Abweichung der Varianten (CIEDE2000)</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="498"/>
        <source>%1 or more</source>
        <translation>%1 oder mehr</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="522"/>
        <source>No candidates yet: colorize the photo first.</source>
        <translation>Noch keine Varianten: Kolorieren Sie zuerst das Foto.</translation>
    </message>
    <message>
        <source>Candidate %1 (chosen)</source>
        <translation type="vanished">Variante %1 (gewählt)</translation>
    </message>
    <message>
        <source>Candidate %1</source>
        <translation type="vanished">Variante %1</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="551"/>
        <source>Original (not colorized yet)</source>
        <translation>Original (noch nicht koloriert)</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="552"/>
        <source>Colorized</source>
        <translation>Koloriert</translation>
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
        <translation>&amp;Koloriert</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="34"/>
        <source>&amp;Original</source>
        <translation>&amp;Original</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="35"/>
        <source>&amp;Split View</source>
        <translation>&amp;Geteilte Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="36"/>
        <source>Side &amp;by Side</source>
        <translation>&amp;Nebeneinander</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="37"/>
        <source>Ca&amp;ndidates</source>
        <translation>&amp;Varianten</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="544"/>
        <source>%1 (chosen)</source>
        <translation>%1 (gewählt)</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../ui/mainactions.cpp" line="25"/>
        <source>&amp;Open Photos…</source>
        <translation>Fotos ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="26"/>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="26"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="27"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="27"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="28"/>
        <source>Export &amp;All Colorized…</source>
        <translation>&amp;Alle kolorierten exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="28"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="32"/>
        <source>&amp;Remove from List</source>
        <translation>Aus der Liste &amp;entfernen</translation>
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
        <translation>&amp;Kolorieren</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="40"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="41"/>
        <source>Colorize the selected photos (Ctrl+R)</source>
        <translation>Die gewählten Fotos kolorieren (Strg+R)</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="42"/>
        <source>Colorize A&amp;ll</source>
        <translation>A&amp;lle kolorieren</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="42"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="43"/>
        <source>C&amp;ancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="44"/>
        <source>Cancel the running colorization (Esc)</source>
        <translation>Die laufende Kolorierung abbrechen (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="45"/>
        <source>Cancel All</source>
        <translation>Alle abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="45"/>
        <source>Shift+Esc</source>
        <translation>Shift+Esc</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="47"/>
        <source>Continue from Selected &amp;Frame</source>
        <translation>Vom gewählten &amp;Bild fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="47"/>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="48"/>
        <source>New &amp;Seed</source>
        <translation>Neuer &amp;Startwert</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="48"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="35"/>
        <source>Place Color &amp;Hints</source>
        <translation>Farb&amp;hinweise setzen</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="35"/>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="37"/>
        <source>Remove Selected Hint</source>
        <translation>Gewählten Hinweis entfernen</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="62"/>
        <source>&amp;Toggle Original</source>
        <translation>Original &amp;umschalten</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="62"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="63"/>
        <source>Flip between the original and the colorized photo (T)</source>
        <translation>Zwischen dem Original und dem kolorierten Foto umschalten (T)</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="64"/>
        <source>Show &amp;Uncertainty</source>
        <translation>&amp;Unsicherheit zeigen</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="64"/>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="66"/>
        <source>Highlight where the candidates disagree: there the colors are a guess (U)</source>
        <translation>Hervorheben, wo die Varianten abweichen: Dort sind die Farben geraten (U)</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="72"/>
        <source>&amp;Play/Pause Timeline</source>
        <translation>Zeitleiste &amp;abspielen/anhalten</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="96"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="33"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="108"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="38"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="120"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="67"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="14"/>
        <source>&amp;New Project</source>
        <translation>&amp;Neues Projekt</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="15"/>
        <source>Open &amp;Project…</source>
        <translation>&amp;Projekt öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="15"/>
        <source>Ctrl+Alt+O</source>
        <translation>Ctrl+Alt+O</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="16"/>
        <source>&amp;Save Project</source>
        <translation>Projekt &amp;speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="17"/>
        <source>Save the photos, hints, seeds and chosen candidates as a project (Ctrl+S)</source>
        <translation>Fotos, Hinweise, Startwerte und gewählte Varianten als Projekt speichern (Strg+S)</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="18"/>
        <source>Save Project &amp;As…</source>
        <translation>Projekt speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="19"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig:</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="22"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen:</translation>
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
        <translation>Be&amp;richt exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="30"/>
        <source>Write a printable PDF of the photo&apos;s colorization: model, seed, branch and every hint with its evidence</source>
        <translation>Ein druckbares PDF der Kolorierung des Fotos schreiben: Modell, Startwert, Zweig und jeder Hinweis mit seinem Beleg</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="59"/>
        <source>&amp;Review Collection</source>
        <translation>Sammlung &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="59"/>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="61"/>
        <source>Every photo as a tile with its review state: accept, redo or reject them from the keyboard (G)</source>
        <translation>Jedes Foto als Kachel mit seinem Prüfstatus: per Tastatur annehmen, neu machen lassen oder ablehnen (G)</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="68"/>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="69"/>
        <source>Zoom O&amp;ut</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="70"/>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="70"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="71"/>
        <source>&amp;Actual Pixels (100 %)</source>
        <translation>&amp;Originalgröße (100 %)</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="71"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="73"/>
        <source>Next Frame</source>
        <translation>Nächstes Bild</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="73"/>
        <source>]</source>
        <translation>]</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="74"/>
        <source>Previous Frame</source>
        <translation>Vorheriges Bild</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="74"/>
        <source>[</source>
        <translation>[</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="133"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="138"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="75"/>
        <source>&amp;About COLORIZED</source>
        <translation>&amp;Über COLORIZED</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="140"/>
        <source>Main</source>
        <translation>Haupt</translation>
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
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="115"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="57"/>
        <source>Hint color: its lightness is not used, the scan&apos;s is kept (custom colors: what the candidates give here)</source>
        <translation>Hinweisfarbe: Ihre Helligkeit wird nicht verwendet, die des Scans bleibt (eigene Farben: was die Varianten hier ergeben)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="63"/>
        <source>Scans that hold color</source>
        <translation>Scans mit Farbe</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="64"/>
        <source>%n of these scans already hold color (a color photograph, or a hand-tinted print).</source>
        <translation>
            <numerusform>%n dieser Scans enthält bereits Farbe (eine Farbfotografie oder ein handkolorierter Abzug).</numerusform>
            <numerusform>%n dieser Scans enthalten bereits Farbe (eine Farbfotografie oder ein handkolorierter Abzug).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="67"/>
        <source>Colorizing replaces their colors with the model&apos;s guess from their luminance. The originals are never changed either way.</source>
        <translation>Kolorieren ersetzt ihre Farben durch die Schätzung des Modells aus ihrer Luminanz. Die Originale werden in keinem Fall verändert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="70"/>
        <source>Keep Their Colors</source>
        <translation>Farben behalten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="71"/>
        <source>Colorize Luminance</source>
        <translation>Luminanz kolorieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="194"/>
        <source>New project: add photographs with File &gt; Open or by dropping them here.</source>
        <translation>Neues Projekt: Fügen Sie Fotografien über Datei &gt; Öffnen hinzu oder ziehen Sie sie hierher.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="197"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="198"/>
        <location filename="../ui/mainwindow.cpp" line="693"/>
        <source>COLORIZED projects (*.colorized)</source>
        <translation>COLORIZED-Projekte (*.colorized)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="243"/>
        <source>About COLORIZED</source>
        <translation>Über COLORIZED</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="244"/>
        <source>&lt;p&gt;&lt;b&gt;COLORIZED %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Colorization of lost or ruined images employing diffusion.&lt;/p&gt;&lt;p&gt;Colors are an estimate made by a trained model; exports say so in their metadata and never replace the original.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;COLORIZED %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Kolorierung verlorener oder beschädigter Bilder mit Diffusion.&lt;/p&gt;&lt;p&gt;Die Farben sind eine Schätzung eines trainierten Modells; Exporte sagen das in ihren Metadaten und ersetzen nie das Original.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="389"/>
        <source>Drop photographs or folders here, or use File &gt; Open.</source>
        <translation>Fotos oder Ordner hierher ziehen oder Datei &gt; Öffnen verwenden.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="390"/>
        <source>No colorization model found: choose one in the Settings panel.</source>
        <translation>Kein Kolorierungsmodell gefunden: Wählen Sie eines im Bereich Einstellungen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="485"/>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="487"/>
        <source>This scan already holds color: it is kept as it is. Colorize it (Ctrl+R) to choose whether its luminance should be colorized instead.</source>
        <translation>Dieser Scan enthält bereits Farbe: Er bleibt, wie er ist. Kolorieren Sie ihn (Strg+R), um zu wählen, ob stattdessen seine Luminanz koloriert werden soll.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="590"/>
        <source>Exporting %n photo(s)…</source>
        <translation>
            <numerusform>%n Foto wird exportiert…</numerusform>
            <numerusform>%n Fotos werden exportiert…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="590"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="593"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="617"/>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="618"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="627"/>
        <source>Export problems</source>
        <translation>Probleme beim Export</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="646"/>
        <source>the last session</source>
        <translation>der letzten Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="658"/>
        <source>The project could not be opened.</source>
        <translation>Das Projekt konnte nicht geöffnet werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="668"/>
        <source>Restored %n photo(s) from %1</source>
        <translation>
            <numerusform>%n Foto aus %1 wiederhergestellt</numerusform>
            <numerusform>%n Fotos aus %1 wiederhergestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="669"/>
        <source>%n with a saved result, remade exactly when shown</source>
        <translation>
            <numerusform>%n mit gespeichertem Ergebnis, das beim Anzeigen genau neu erzeugt wird</numerusform>
            <numerusform>%n mit gespeichertem Ergebnis, das beim Anzeigen genau neu erzeugt wird</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="670"/>
        <source>%n hint(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="672"/>
        <source>%n original(s) missing</source>
        <translation>
            <numerusform>%n Original fehlt</numerusform>
            <numerusform>%n Originale fehlen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="682"/>
        <location filename="../ui/mainwindow.cpp" line="700"/>
        <source>The project was not saved.</source>
        <translation>Das Projekt wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="685"/>
        <source>Project saved to %1.</source>
        <translation>Projekt in %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="691"/>
        <source>project</source>
        <translation>projekt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="693"/>
        <source>Save Project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="704"/>
        <source>Project saved to %1; changes are saved to it as you work.</source>
        <translation>Projekt in %1 gespeichert; Änderungen werden beim Arbeiten laufend darin gesichert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="715"/>
        <source>%n colorized photo(s) are not exported, and this project has no name yet.</source>
        <translation>
            <numerusform>%n koloriertes Foto ist nicht exportiert, und dieses Projekt hat noch keinen Namen.</numerusform>
            <numerusform>%n kolorierte Fotos sind nicht exportiert, und dieses Projekt hat noch keinen Namen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="718"/>
        <source>Save the project to keep the photos, hints, seeds and chosen candidates; discard to start afresh.</source>
        <translation>Speichern Sie das Projekt, um Fotos, Hinweise, Startwerte und gewählte Varianten zu behalten; verwerfen Sie es, um neu zu beginnen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="734"/>
        <source>Unnamed project</source>
        <translation>Unbenanntes Projekt</translation>
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
            <numerusform>%n Foto aus der Liste entfernen?</numerusform>
            <numerusform>%n Fotos aus der Liste entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="744"/>
        <source>The files stay on disk. Edit &gt; Undo brings the photos back with their hints and results.</source>
        <translation>Die Dateien bleiben auf der Festplatte. Bearbeiten &gt; Rückgängig holt die Fotos mit ihren Hinweisen und Ergebnissen zurück.</translation>
    </message>
</context>
<context>
    <name>ModelLocator</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/modellocator.cpp" line="82"/>
        <source>No colorization model was found. Looked in: %1. Choose a model file with Settings &gt; Model &gt; Choose…, set the COLORIZED_MODEL environment variable, or train one with &quot;colorized-cli train&quot; as the README explains.</source>
        <translation>Es wurde kein Kolorierungsmodell gefunden. Gesucht in: %1. Wählen Sie eine Modelldatei unter Einstellungen &gt; Modell &gt; Wählen…, setzen Sie die Umgebungsvariable COLORIZED_MODEL oder trainieren Sie eines mit „colorized-cli train“, wie die README erklärt.</translation>
    </message>
</context>
<context>
    <name>PhotoListModel</name>
    <message>
        <location filename="../ui/session/photolistmodel.cpp" line="27"/>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <location filename="../ui/session/photolistmodel.cpp" line="29"/>
        <source>Not colorized</source>
        <translation>Nicht koloriert</translation>
    </message>
    <message>
        <location filename="../ui/session/photolistmodel.cpp" line="31"/>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <location filename="../ui/session/photolistmodel.cpp" line="33"/>
        <source>Colorizing</source>
        <translation>Wird koloriert</translation>
    </message>
    <message>
        <location filename="../ui/session/photolistmodel.cpp" line="35"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../ui/session/photolistmodel.cpp" line="37"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/session/photolistmodel.cpp" line="46"/>
        <source>To review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <location filename="../ui/session/photolistmodel.cpp" line="48"/>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location filename="../ui/session/photolistmodel.cpp" line="50"/>
        <source>Redo</source>
        <translation>Neu machen</translation>
    </message>
    <message>
        <location filename="../ui/session/photolistmodel.cpp" line="52"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/session/photolistmodel.cpp" line="66"/>
        <source>Colorizing %1%</source>
        <translation>Kolorierung %1 %</translation>
    </message>
    <message>
        <location filename="../ui/session/photolistmodel.cpp" line="68"/>
        <source>Holds color: kept as it is</source>
        <translation>Enthält Farbe: bleibt, wie er ist</translation>
    </message>
    <message>
        <location filename="../ui/session/photolistmodel.cpp" line="70"/>
        <source>Saved result, remade when shown</source>
        <translation>Gespeichertes Ergebnis, wird beim Anzeigen neu erzeugt</translation>
    </message>
    <message>
        <location filename="../ui/session/photolistmodel.cpp" line="81"/>
        <source>%1 × %2 pixels, %3-bit</source>
        <translation>%1 × %2 Pixel, %3 Bit</translation>
    </message>
    <message>
        <location filename="../ui/session/photolistmodel.cpp" line="83"/>
        <source>This scan already holds color.</source>
        <translation>Dieser Scan enthält bereits Farbe.</translation>
    </message>
</context>
<context>
    <name>PhotoLoader</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/photoloader.cpp" line="63"/>
        <source>%1 cannot be opened as a photograph: %2</source>
        <translation>%1 kann nicht als Foto geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>PhotoOpener</name>
    <message>
        <location filename="../ui/photoopener.cpp" line="38"/>
        <source>Open photographs</source>
        <translation>Fotos öffnen</translation>
    </message>
    <message>
        <location filename="../ui/photoopener.cpp" line="39"/>
        <source>Images (%1);;All files (*)</source>
        <translation>Bilder (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/photoopener.cpp" line="49"/>
        <source>Open a folder of photographs</source>
        <translation>Einen Ordner mit Fotos öffnen</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="17"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="22"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="27"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="31"/>
        <source>All cores (%1)</source>
        <translation>Alle Kerne (%1)</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="33"/>
        <source>Processor threads the colorization may use.</source>
        <translation>Prozessor-Threads, die die Kolorierung nutzen darf.</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="34"/>
        <source>Threads:</source>
        <translation>Threads:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="36"/>
        <source>Colorize photos as soon as they are added</source>
        <translation>Fotos sofort beim Hinzufügen kolorieren</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="41"/>
        <source>A new language applies to all windows after COLORIZED restarts.</source>
        <translation>Eine neue Sprache gilt für alle Fenster nach einem Neustart von COLORIZED.</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/projectio.cpp" line="103"/>
        <source>The project could not be saved to %1: %2.</source>
        <translation>Das Projekt konnte nicht in %1 gespeichert werden: %2.</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/provenance.cpp" line="209"/>
        <source>The exported file %1 could not be reopened to add its provenance.</source>
        <translation>Die exportierte Datei %1 konnte nicht erneut geöffnet werden, um ihre Herkunft einzutragen.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/provenance.cpp" line="220"/>
        <source>The provenance could not be written into %1: %2</source>
        <translation>Die Herkunft konnte nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/provenance.cpp" line="250"/>
        <source>The provenance file %1 could not be written: %2</source>
        <translation>Die Herkunftsdatei %1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <location filename="../ui/recentfilesmenu.cpp" line="41"/>
        <source>Clear Recent</source>
        <translation>Liste leeren</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="72"/>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="145"/>
        <source>Colorization report: %1</source>
        <translation>Kolorierungsbericht: %1</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="74"/>
        <source>The colors are a machine-learning estimate added to a black-and-white original; they are not a record of the original colors. Only the hints below rest on evidence.</source>
        <translation>Die Farben sind eine Schätzung durch maschinelles Lernen, die einem Schwarzweiß-Original hinzugefügt wurde; sie belegen nicht die ursprünglichen Farben. Nur die folgenden Hinweise stützen sich auf Belege.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="81"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="81"/>
        <source>%1 (%2 × %3 pixels, %4-bit), SHA-256 %5</source>
        <translation>%1 (%2 × %3 Pixel, %4 Bit), SHA-256 %5</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="88"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="88"/>
        <source>%1 (%2), SHA-256 %3</source>
        <translation>%1 (%2), SHA-256 %3</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="91"/>
        <source>Sampler</source>
        <translation>Sampler</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="91"/>
        <source>%1, %2 steps, eta %3, working resolution %4 px%5</source>
        <translation>%1, %2 Schritte, eta %3, Arbeitsauflösung %4 px%5</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="96"/>
        <source>, bfloat16</source>
        <translation>, bfloat16</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="41"/>
        <source>, classifier-free guidance %1</source>
        <translation>, klassifikatorfreie Führung %1</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="99"/>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="57"/>
        <source>%1; the consensus of %2 candidates</source>
        <translation>%1; der Konsens aus %2 Varianten</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="42"/>
        <source>, classifier-free guidance %1 over the noisiest %2 % of the timesteps</source>
        <translation>, klassifikatorfreie Führung %1 über die verrauschtesten %2 % der Zeitschritte</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="51"/>
        <source>%1; candidate %2 of %3</source>
        <translation>%1; Variante %2 von %3</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="53"/>
        <source>%1; the consensus of %2 candidates, colors they disagree on damped by %3</source>
        <translation>%1; der Konsens aus %2 Varianten, Farben, in denen sie abweichen, um %3 gedämpft</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="100"/>
        <source>Branch</source>
        <translation>Zweig</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="100"/>
        <source>A first colorization from noise.</source>
        <translation>Eine erste Kolorierung aus Rauschen.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="103"/>
        <source>Hints kept</source>
        <translation>Gehaltene Hinweise</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="103"/>
        <source>strength %1 within %2 working pixels</source>
        <translation>Stärke %1 im Umkreis von %2 Arbeitspixeln</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="105"/>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="105"/>
        <source>%1 by %2</source>
        <translation>%1 mit %2</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="108"/>
        <source>Color hints</source>
        <translation>Farbhinweise</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="110"/>
        <source>None: every color is the model&apos;s estimate.</source>
        <translation>Keine: Jede Farbe ist die Schätzung des Modells.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="114"/>
        <source>Color</source>
        <translation>Farbe</translation>
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
        <translation>Beleg</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="125"/>
        <source>(none given)</source>
        <translation>(keiner angegeben)</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="128"/>
        <source>A hint gives hue and saturation only: the lightness always comes from the original.</source>
        <translation>Ein Hinweis gibt nur Farbton und Sättigung vor: Die Helligkeit stammt immer aus dem Original.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="139"/>
        <location filename="../model/jobs/colorized/jobs/report.cpp" line="153"/>
        <source>The report %1 could not be written (%2). Choose another folder.</source>
        <translation>Der Bericht %1 konnte nicht geschrieben werden (%2). Wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>Result</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/provenance.cpp" line="114"/>
        <source>Consensus</source>
        <translation>Konsens</translation>
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
        <translation>Angenommene exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/reviewgrid.cpp" line="75"/>
        <source>Show every photo.</source>
        <translation>Alle Fotos zeigen.</translation>
    </message>
    <message>
        <location filename="../ui/reviewgrid.cpp" line="78"/>
        <source>Show only the photos marked “%1”.</source>
        <translation>Nur die mit „%1“ markierten Fotos zeigen.</translation>
    </message>
    <message>
        <location filename="../ui/reviewgrid.cpp" line="80"/>
        <source>Export every accepted photo that has a result, with its provenance.</source>
        <translation>Jedes angenommene Foto mit Ergebnis exportieren, mit seinen Herkunftsangaben.</translation>
    </message>
    <message>
        <location filename="../ui/reviewgrid.cpp" line="96"/>
        <source>Collection review</source>
        <translation>Prüfung der Sammlung</translation>
    </message>
    <message>
        <location filename="../ui/reviewgrid.cpp" line="100"/>
        <source>A accept · R redo · X reject · U back to review · arrows move · Enter opens the photo</source>
        <translation>A annehmen · R neu machen · X ablehnen · U zurück zu prüfen · Pfeiltasten bewegen · Eingabe öffnet das Foto</translation>
    </message>
    <message>
        <location filename="../ui/reviewgrid.cpp" line="161"/>
        <source>All (%1)</source>
        <translation>Alle (%1)</translation>
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
        <translation>Enthält Farbe</translation>
    </message>
</context>
<context>
    <name>Sampler</name>
    <message>
        <location filename="../model/core/colorized/core/samplerkind.h" line="30"/>
        <source>DDIM (fast, few steps)</source>
        <translation>DDIM (schnell, wenige Schritte)</translation>
    </message>
    <message>
        <location filename="../model/core/colorized/core/samplerkind.h" line="31"/>
        <source>DDPM (every step, slow)</source>
        <translation>DDPM (alle Schritte, langsam)</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../ui/session/session.cpp" line="98"/>
        <source>No photographs found in what was dropped or opened.</source>
        <translation>In dem Abgelegten oder Geöffneten wurden keine Fotos gefunden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session.cpp" line="112"/>
        <source>Added %n photo(s).</source>
        <translation>
            <numerusform>%n Foto hinzugefügt.</numerusform>
            <numerusform>%n Fotos hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="237"/>
        <source>%1 already holds color: it is kept as it is unless you choose to colorize its luminance.</source>
        <translation>%1 enthält bereits Farbe: Er bleibt, wie er ist, es sei denn, Sie lassen seine Luminanz kolorieren.</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="288"/>
        <source>No colorization model is set: choose one in the Settings panel (Model).</source>
        <translation>Kein Kolorierungsmodell eingestellt: Wählen Sie eines im Bereich Einstellungen (Modell).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session.cpp" line="306"/>
        <source>%n scan(s) already hold color and were left as they are: choose Colorize Luminance for a scan to colorize it anyway.</source>
        <translation>
            <numerusform>%n Scan enthält bereits Farbe und wurde belassen, wie er ist: Wählen Sie für einen Scan „Luminanz kolorieren“, um ihn trotzdem zu kolorieren.</numerusform>
            <numerusform>%n Scans enthalten bereits Farbe und wurden belassen, wie sie sind: Wählen Sie für einen Scan „Luminanz kolorieren“, um ihn trotzdem zu kolorieren.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="325"/>
        <source>The branches saved in the project are still being made again: continue once they are.</source>
        <translation>Die im Projekt gespeicherten Zweige werden noch neu erzeugt: Setzen Sie fort, sobald sie fertig sind.</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="326"/>
        <source>Colorize the photo first, then pick a timeline frame to continue from.</source>
        <translation>Kolorieren Sie zuerst das Foto und wählen Sie dann ein Bild der Zeitleiste, von dem aus fortgesetzt wird.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session.cpp" line="332"/>
        <source>Continuing from %1, step %2, with seed %3 and %n hint(s).</source>
        <translation>
            <numerusform>Fortsetzung von %1 ab Schritt %2 mit Startwert %3 und %n Hinweis.</numerusform>
            <numerusform>Fortsetzung von %1 ab Schritt %2 mit Startwert %3 und %n Hinweisen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session.cpp" line="415"/>
        <source>Colorizing %1 (%n more waiting)…</source>
        <translation>
            <numerusform>%1 wird koloriert (%n weiteres wartet)…</numerusform>
            <numerusform>%1 wird koloriert (%n weitere warten)…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="416"/>
        <source>Colorizing %1…</source>
        <translation>%1 wird koloriert…</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="466"/>
        <source>The original has changed since the project was saved: this result is not the saved one.</source>
        <translation>Das Original hat sich seit dem Speichern des Projekts geändert: Dieses Ergebnis ist nicht das gespeicherte.</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="468"/>
        <source>The model file has changed since the project was saved: this result is not the saved one.</source>
        <translation>Die Modelldatei hat sich seit dem Speichern des Projekts geändert: Dieses Ergebnis ist nicht das gespeicherte.</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="488"/>
        <source>%1 colorized in %2 s (seed %3).</source>
        <translation>%1 in %2 s koloriert (Startwert %3).</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="511"/>
        <source>Colorizing %1 failed.</source>
        <translation>Das Kolorieren von %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="522"/>
        <source>Colorizing was cancelled.</source>
        <translation>Die Kolorierung wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="524"/>
        <source>Cancelled colorizing %1.</source>
        <translation>Kolorierung von %1 abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="539"/>
        <source>Hint added. Colorize again (Ctrl+R) or continue from a timeline frame to use it.</source>
        <translation>Hinweis hinzugefügt. Erneut kolorieren (Strg+R) oder von einem Bild der Zeitleiste fortsetzen, um ihn zu nutzen.</translation>
    </message>
    <message>
        <source>Candidate %1 chosen: it is the one exported.</source>
        <translation type="vanished">Variante %1 gewählt: Sie wird exportiert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session.cpp" line="68"/>
        <source>Exporting… %n left.</source>
        <translation>
            <numerusform>Export läuft… noch %n.</numerusform>
            <numerusform>Export läuft… noch %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session.cpp" line="78"/>
        <source>Exported %n photo(s) to %1.</source>
        <translation>
            <numerusform>%n Foto nach %1 exportiert.</numerusform>
            <numerusform>%n Fotos nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session.cpp" line="74"/>
        <source>%n export(s) failed.</source>
        <translation>
            <numerusform>%n Export ist fehlgeschlagen.</numerusform>
            <numerusform>%n Exporte sind fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session.cpp" line="76"/>
        <source>Export cancelled: %n photo(s) exported to %1 before.</source>
        <translation>
            <numerusform>Export abgebrochen: Zuvor wurde %n Foto nach %1 exportiert.</numerusform>
            <numerusform>Export abgebrochen: Zuvor wurden %n Fotos nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Continuing candidate %1 from step %2 with seed %3 and %n hint(s).</source>
        <translation type="vanished">
            <numerusform>Variante %1 wird ab Schritt %2 mit Startwert %3 und %n Hinweis fortgesetzt.</numerusform>
            <numerusform>Variante %1 wird ab Schritt %2 mit Startwert %3 und %n Hinweisen fortgesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="593"/>
        <source>%1 chosen: it is the one exported.</source>
        <translation>%1 gewählt: Dies wird exportiert.</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="683"/>
        <source>Branch %1 of %2: a colorization from noise.</source>
        <translation>Zweig %1 von %2: eine Kolorierung aus Rauschen.</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="687"/>
        <source>Branch %1 of %2: continued from branch %3 at step %4 of %5 (its candidate %6, seed %7), re-noised with seed %8.</source>
        <translation>Zweig %1 von %2: fortgesetzt aus Zweig %3 bei Schritt %4 von %5 (dessen Variante %6, Startwert %7), neu verrauscht mit Startwert %8.</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="702"/>
        <source>Nothing to report: colorize the photo first.</source>
        <translation>Nichts zu berichten: Kolorieren Sie zuerst das Foto.</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="707"/>
        <source>The report would replace the original scan; choose another file name.</source>
        <translation>Der Bericht würde den Original-Scan ersetzen; wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="717"/>
        <source>Report written to %1.</source>
        <translation>Bericht nach %1 geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="727"/>
        <source>Writing the report…</source>
        <translation>Bericht wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="739"/>
        <source>Nothing to export: colorize a photo first.</source>
        <translation>Nichts zu exportieren: Kolorieren Sie zuerst ein Foto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session.cpp" line="742"/>
        <source>Exporting %n photo(s)…</source>
        <translation>
            <numerusform>%n Foto wird exportiert…</numerusform>
            <numerusform>%n Fotos werden exportiert…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="845"/>
        <source>The original is not at %1 any more (moved, renamed or deleted since the project was saved).</source>
        <translation>Das Original liegt nicht mehr unter %1 (seit dem Speichern des Projekts verschoben, umbenannt oder gelöscht).</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="912"/>
        <source>The original has changed since the project was saved (its SHA-256 differs): its result cannot be remade as it was.</source>
        <translation>Das Original hat sich seit dem Speichern des Projekts geändert (sein SHA-256 weicht ab): Sein Ergebnis lässt sich nicht genau so neu erzeugen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session.cpp" line="916"/>
        <source>%n original(s) changed since the project was saved: see the photos marked in the list.</source>
        <translation>
            <numerusform>%n Original hat sich seit dem Speichern des Projekts geändert: Siehe die markierten Fotos in der Liste.</numerusform>
            <numerusform>%n Originale haben sich seit dem Speichern des Projekts geändert: Siehe die markierten Fotos in der Liste.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionCommand</name>
    <message>
        <location filename="../ui/session/sessioncommands.cpp" line="58"/>
        <source>Add Hint</source>
        <translation>Hinweis hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/session/sessioncommands.cpp" line="60"/>
        <source>Move Hint</source>
        <translation>Hinweis verschieben</translation>
    </message>
    <message>
        <location filename="../ui/session/sessioncommands.cpp" line="62"/>
        <source>Change Hint Color</source>
        <translation>Hinweisfarbe ändern</translation>
    </message>
    <message>
        <location filename="../ui/session/sessioncommands.cpp" line="64"/>
        <source>Remove Hint</source>
        <translation>Hinweis entfernen</translation>
    </message>
    <message>
        <location filename="../ui/session/sessioncommands.cpp" line="66"/>
        <source>Clear Hints</source>
        <translation>Hinweise löschen</translation>
    </message>
    <message>
        <location filename="../ui/session/sessioncommands.cpp" line="68"/>
        <source>Edit Hint Evidence</source>
        <translation>Beleg des Hinweises bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/session/sessioncommands.cpp" line="123"/>
        <source>Choose %1</source>
        <translation>%1 wählen</translation>
    </message>
    <message>
        <source>Choose Candidate %1</source>
        <translation type="vanished">Variante %1 wählen</translation>
    </message>
    <message>
        <location filename="../ui/session/sessioncommands.cpp" line="135"/>
        <source>Switch to Branch %1</source>
        <translation>Zu Zweig %1 wechseln</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/sessioncommands.cpp" line="148"/>
        <source>Remove %n Photo(s)</source>
        <translation>
            <numerusform>%n Foto entfernen</numerusform>
            <numerusform>%n Fotos entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDock</name>
    <message>
        <location filename="../ui/settingsdock.cpp" line="55"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="66"/>
        <source>Model file</source>
        <translation>Modelldatei</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="68"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="69"/>
        <source>Choose the model file (.safetensors) used to colorize.</source>
        <translation>Die Modelldatei (.safetensors) zum Kolorieren wählen.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="72"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="85"/>
        <source>Sampler:</source>
        <translation>Sampler:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="91"/>
        <source>More steps can give cleaner colors and take longer.</source>
        <translation>Mehr Schritte können sauberere Farben ergeben und dauern länger.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="92"/>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="97"/>
        <source>The same photo, settings and seed give exactly the same result.</source>
        <translation>Dasselbe Foto mit denselben Einstellungen und demselben Startwert ergibt genau dasselbe Ergebnis.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="99"/>
        <source>New seed</source>
        <translation>Neuer Startwert</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="100"/>
        <source>Draw a new random seed (Ctrl+G).</source>
        <translation>Einen neuen zufälligen Startwert ziehen (Strg+G).</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="103"/>
        <source>Seed:</source>
        <translation>Startwert:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="107"/>
        <source>Several candidates are computed together; where they disagree, the uncertainty map lights up.</source>
        <translation>Mehrere Varianten werden zusammen berechnet; wo sie abweichen, leuchtet die Unsicherheitskarte auf.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="108"/>
        <source>Candidates:</source>
        <translation>Varianten:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="112"/>
        <source>Model default</source>
        <translation>Wie im Modell</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="112"/>
        <source>%1 pixels</source>
        <translation>%1 Pixel</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="113"/>
        <source>Long side at which the model works; the result keeps the original&apos;s full resolution and detail.</source>
        <translation>Lange Seite, mit der das Modell arbeitet; das Ergebnis behält die volle Auflösung und die Details des Originals.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="114"/>
        <source>Working resolution:</source>
        <translation>Arbeitsauflösung:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="116"/>
        <source>Reduced precision (bfloat16)</source>
        <translation>Reduzierte Genauigkeit (bfloat16)</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="122"/>
        <source>Colorize</source>
        <translation>Kolorieren</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="123"/>
        <source>Colorize the selected photos with these settings (Ctrl+R).</source>
        <translation>Die gewählten Fotos mit diesen Einstellungen kolorieren (Strg+R).</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="147"/>
        <source> (%1 uses all %2)</source>
        <translation> (%1 nutzt alle %2)</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="161"/>
        <source>Uses the processor&apos;s native bfloat16 instructions; colors may differ very slightly from full precision. Measure the speed on this computer with colorized-cli bench.</source>
        <translation>Verwendet die nativen bfloat16-Befehle des Prozessors; die Farben können minimal von denen bei voller Genauigkeit abweichen. Messen Sie die Geschwindigkeit auf diesem Computer mit colorized-cli bench.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="163"/>
        <source>Not available: this processor has no native bfloat16 instructions (AVX-512 BF16 or AMX), so reduced precision would be several times slower than full precision.</source>
        <translation>Nicht verfügbar: Dieser Prozessor hat keine nativen bfloat16-Befehle (AVX-512 BF16 oder AMX), daher wäre reduzierte Genauigkeit hier um ein Mehrfaches langsamer als volle Genauigkeit.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="224"/>
        <source>%1 — works at %2 pixels, %3 diffusion steps.</source>
        <translation>%1 — arbeitet mit %2 Pixeln, %3 Diffusionsschritten.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="226"/>
        <source>%1 — works at %2 pixels, %3 diffusion steps, classifier-free guidance %4.</source>
        <translation>%1 — arbeitet mit %2 Pixeln, %3 Diffusionsschritten, klassifikatorfreie Führung %4.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="229"/>
        <source>%1 — works at %2 pixels, %3 diffusion steps, classifier-free guidance %4 over the noisiest %5 % of the steps.</source>
        <translation>%1 — arbeitet mit %2 Pixeln, %3 Diffusionsschritten, klassifikatorfreier Führung %4 in den verrauschtesten %5 % der Schritte.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="249"/>
        <source>Choose a colorization model</source>
        <translation>Ein Kolorierungsmodell wählen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="250"/>
        <source>Model files (*.safetensors)</source>
        <translation>Modelldateien (*.safetensors)</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../ui/statuspanel.cpp" line="52"/>
        <source>Model: loading…</source>
        <translation>Modell: wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/statuspanel.cpp" line="44"/>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <location filename="../ui/statuspanel.cpp" line="57"/>
        <source>Model: none</source>
        <translation>Modell: keines</translation>
    </message>
    <message>
        <location filename="../ui/statuspanel.cpp" line="39"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location filename="../ui/statuspanel.cpp" line="74"/>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/statuspanel.cpp" line="76"/>
        <source>Estimating time left…</source>
        <translation>Restzeit wird geschätzt…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/statuspanel.cpp" line="78"/>
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>Noch etwa %n Sekunde</numerusform>
            <numerusform>Noch etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/statuspanel.cpp" line="80"/>
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>Noch etwa %n Minute</numerusform>
            <numerusform>Noch etwa %n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineDock</name>
    <message>
        <location filename="../ui/timelinedock.cpp" line="19"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="38"/>
        <source>Timeline frames</source>
        <translation>Bilder der Zeitleiste</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="44"/>
        <source>Play the reverse process (Space)</source>
        <translation>Den Rückwärtsprozess abspielen (Leertaste)</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="45"/>
        <location filename="../ui/timelinedock.cpp" line="236"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="50"/>
        <source>Scrub through the reverse process; the far right is the result.</source>
        <translation>Durch den Rückwärtsprozess fahren; ganz rechts ist das Ergebnis.</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="51"/>
        <source>Timeline position</source>
        <translation>Position in der Zeitleiste</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="55"/>
        <source>Predicted result (x₀)</source>
        <translation>Vorhergesagtes Ergebnis (x₀)</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="56"/>
        <source>Noisy state (xₜ)</source>
        <translation>Verrauschter Zustand (xₜ)</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="57"/>
        <source>What each frame shows: the model&apos;s guess of the final colors, or the noisy state being denoised.</source>
        <translation>Was jedes Bild zeigt: die Schätzung der endgültigen Farben durch das Modell oder den verrauschten Zustand, der entrauscht wird.</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="60"/>
        <source>Continue from here</source>
        <translation>Von hier fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="61"/>
        <source>Run the rest of the process again from the selected frame of the chosen candidate, re-noised with the current seed and with the current hints. The result is a new branch; the one you continued from stays.</source>
        <translation>Den Rest des Vorgangs ab dem gewählten Bild der gewählten Variante erneut ausführen, neu verrauscht mit dem aktuellen Startwert und mit den aktuellen Hinweisen. Das Ergebnis ist ein neuer Zweig; der Zweig, von dem Sie ausgegangen sind, bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="70"/>
        <source>Every colorization and every continuation of this photo is a branch: choose the one to show and export.</source>
        <translation>Jede Kolorierung und jede Fortsetzung dieses Fotos ist ein Zweig: Wählen Sie den, der angezeigt und exportiert wird.</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="72"/>
        <source>Branch</source>
        <translation>Zweig</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="78"/>
        <location filename="../ui/timelinedock.cpp" line="213"/>
        <source>No frames yet.</source>
        <translation>Noch keine Bilder.</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="187"/>
        <source>%1: seed %2</source>
        <translation>%1: Startwert %2</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="189"/>
        <source>%1: from %2, step %3, seed %4</source>
        <translation>%1: aus %2, Schritt %3, Startwert %4</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="196"/>
        <source>No branches yet</source>
        <translation>Noch keine Zweige</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="213"/>
        <source>Final result.</source>
        <translation>Endergebnis.</translation>
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
        <translation>Schritt %1 von %2, t = %3: vorhergesagtes Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/timelinemodel.cpp" line="32"/>
        <source>Step %1 of %2, t = %3: noisy state</source>
        <translation>Schritt %1 von %2, t = %3: verrauschter Zustand</translation>
    </message>
</context>
<context>
    <name>colorized::finetune::FineTuneWizard</name>
    <message>
        <location filename="../ui/finetune/finetunewizard.cpp" line="22"/>
        <source>Fine-tune the colorization model</source>
        <translation>Das Kolorierungsmodell feinabstimmen</translation>
    </message>
    <message>
        <location filename="../ui/finetune/finetunewizard.cpp" line="67"/>
        <source>Stop the training?</source>
        <translation>Das Training beenden?</translation>
    </message>
    <message>
        <location filename="../ui/finetune/finetunewizard.cpp" line="68"/>
        <source>Training is still running. If you close this window it stops after the current step; the run is kept and this wizard offers to resume it next time.</source>
        <translation>Das Training läuft noch. Wenn Sie dieses Fenster schließen, endet es nach dem aktuellen Schritt; der Lauf bleibt erhalten und der Assistent bietet beim nächsten Mal an, ihn fortzusetzen.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/toolsactions.cpp" line="15"/>
        <source>&amp;Fine-tune model…</source>
        <translation>Modell &amp;feinabstimmen…</translation>
    </message>
    <message>
        <location filename="../ui/finetune/toolsactions.cpp" line="17"/>
        <source>Teach the model your collection&apos;s colors from your own photographs.</source>
        <translation>Dem Modell die Farben Ihrer Sammlung anhand Ihrer eigenen Fotos beibringen.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/toolsactions.cpp" line="39"/>
        <source>&amp;Models…</source>
        <translation>&amp;Modelle…</translation>
    </message>
    <message>
        <location filename="../ui/finetune/toolsactions.cpp" line="41"/>
        <source>See, switch, rename, import and delete colorization models.</source>
        <translation>Kolorierungsmodelle ansehen, wechseln, umbenennen, importieren und löschen.</translation>
    </message>
</context>
<context>
    <name>colorized::finetune::FolderPage</name>
    <message>
        <location filename="../ui/finetune/folderpage.cpp" line="26"/>
        <source>Photographs to learn from</source>
        <translation>Fotos zum Lernen</translation>
    </message>
    <message>
        <location filename="../ui/finetune/folderpage.cpp" line="27"/>
        <source>Choose a folder with your collection&apos;s photographs. COLORIZED learns how your photographs are colored; the model you start from is never changed.</source>
        <translation>Wählen Sie einen Ordner mit den Fotos Ihrer Sammlung. COLORIZED lernt, wie Ihre Fotos gefärbt sind; das Ausgangsmodell wird nie verändert.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/folderpage.cpp" line="35"/>
        <source>&lt;p&gt;The folder can be laid out in any of these ways, or mix them:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Two subfolders&lt;/b&gt; &lt;tt&gt;gray/&lt;/tt&gt; and &lt;tt&gt;color/&lt;/tt&gt;: a scan in &lt;tt&gt;gray/&lt;/tt&gt; and the color version of the same photograph in &lt;tt&gt;color/&lt;/tt&gt;, with the same file name (&lt;tt&gt;gray/p001.tif&lt;/tt&gt; and &lt;tt&gt;color/p001.jpg&lt;/tt&gt;).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Side by side&lt;/b&gt;: the scan &lt;tt&gt;p001.tif&lt;/tt&gt; next to its color version &lt;tt&gt;p001_color.jpg&lt;/tt&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Color photographs alone&lt;/b&gt;: photographs of your region and era in color; their own lightness becomes the input.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The next page lists what was found and every file that cannot be used, and why. Some photographs are set aside to measure the result.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Ordner kann auf eine dieser Arten aufgebaut sein, auch gemischt:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Zwei Unterordner&lt;/b&gt; &lt;tt&gt;gray/&lt;/tt&gt; und &lt;tt&gt;color/&lt;/tt&gt;: ein Scan in &lt;tt&gt;gray/&lt;/tt&gt; und die Farbfassung desselben Fotos in &lt;tt&gt;color/&lt;/tt&gt;, mit gleichem Dateinamen (&lt;tt&gt;gray/p001.tif&lt;/tt&gt; und &lt;tt&gt;color/p001.jpg&lt;/tt&gt;).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Nebeneinander&lt;/b&gt;: der Scan &lt;tt&gt;p001.tif&lt;/tt&gt; neben seiner Farbfassung &lt;tt&gt;p001_color.jpg&lt;/tt&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Nur Farbfotos&lt;/b&gt;: Farbfotos Ihrer Region und Epoche; ihre eigene Helligkeit dient als Eingabe.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Die nächste Seite zeigt, was gefunden wurde, und jede unbrauchbare Datei mit Grund. Einige Fotos werden zurückgehalten, um das Ergebnis zu messen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/finetune/folderpage.cpp" line="50"/>
        <location filename="../ui/finetune/folderpage.cpp" line="129"/>
        <source>Folder of photographs</source>
        <translation>Fotoordner</translation>
    </message>
    <message>
        <location filename="../ui/finetune/folderpage.cpp" line="51"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/finetune/folderpage.cpp" line="61"/>
        <source>Interrupted training</source>
        <translation>Unterbrochenes Training</translation>
    </message>
    <message>
        <location filename="../ui/finetune/folderpage.cpp" line="65"/>
        <source>&amp;Resume it</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/finetune/folderpage.cpp" line="67"/>
        <source>&amp;Discard it</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/finetune/folderpage.cpp" line="106"/>
        <source>A fine-tuning run on %1 stopped at step %2 of %3 (%4). It can continue from there.</source>
        <translation>Eine Feinabstimmung mit %1 wurde bei Schritt %2 von %3 unterbrochen (%4). Sie kann dort fortgesetzt werden.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/folderpage.cpp" line="149"/>
        <source>Discard the interrupted training?</source>
        <translation>Das unterbrochene Training verwerfen?</translation>
    </message>
    <message>
        <location filename="../ui/finetune/folderpage.cpp" line="150"/>
        <source>The interrupted run and its checkpoint will be deleted. Your photographs and models are not touched.</source>
        <translation>Der unterbrochene Lauf und sein Zwischenstand werden gelöscht. Ihre Fotos und Modelle bleiben unberührt.</translation>
    </message>
</context>
<context>
    <name>colorized::finetune::LossChart</name>
    <message>
        <location filename="../ui/finetune/losschart.cpp" line="25"/>
        <source>Loss (lower is better)</source>
        <translation>Verlust (niedriger ist besser)</translation>
    </message>
    <message>
        <location filename="../ui/finetune/losschart.cpp" line="30"/>
        <source>Training (smoothed)</source>
        <translation>Training (geglättet)</translation>
    </message>
    <message>
        <location filename="../ui/finetune/losschart.cpp" line="32"/>
        <source>Held-out photographs</source>
        <translation>Zurückgehaltene Fotos</translation>
    </message>
    <message>
        <location filename="../ui/finetune/losschart.cpp" line="41"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
</context>
<context>
    <name>colorized::finetune::ReportPage</name>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="24"/>
        <source>What the folder holds</source>
        <translation>Inhalt des Ordners</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="25"/>
        <source>Matched pairs and color photographs are used; the files listed below are left out.</source>
        <translation>Zugeordnete Paare und Farbfotos werden verwendet; die unten aufgeführten Dateien bleiben außen vor.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="44"/>
        <source>Set aside for measuring:</source>
        <translation>Zum Messen zurückgehalten:</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="49"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="49"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="88"/>
        <source>Reading the photographs…</source>
        <translation>Die Fotos werden gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="117"/>
        <source>The file cannot be read as an image.</source>
        <translation>Die Datei kann nicht als Bild gelesen werden.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="119"/>
        <source>The image is too small to learn from.</source>
        <translation>Das Bild ist zu klein zum Lernen.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="121"/>
        <source>Another file has the same name; rename one of them.</source>
        <translation>Eine andere Datei hat denselben Namen; benennen Sie eine davon um.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="123"/>
        <source>This scan has no color version with the same name.</source>
        <translation>Zu diesem Scan gibt es keine Farbfassung mit demselben Namen.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="125"/>
        <source>The scan and its color version have different shapes, so they cannot be matched.</source>
        <translation>Scan und Farbfassung haben unterschiedliche Formate und können nicht zugeordnet werden.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="127"/>
        <source>The &quot;color&quot; file has no color.</source>
        <translation>Die „Farb“-Datei hat keine Farbe.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="129"/>
        <source>The &quot;color&quot; file is toned (sepia or similar) or tinted in one color.</source>
        <translation>Die „Farb“-Datei ist getont (Sepia o. Ä.) oder einfarbig eingefärbt.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="131"/>
        <source>Not an image file.</source>
        <translation>Keine Bilddatei.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="132"/>
        <source>The file cannot be used.</source>
        <translation>Die Datei kann nicht verwendet werden.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="146"/>
        <source>The folder cannot be read: %1</source>
        <translation>Der Ordner kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="149"/>
        <source>%1 photographs can be used: %2 matched pairs of a scan and its color version, and %3 color photographs used with their own lightness.</source>
        <translation>%1 Fotos sind verwendbar: %2 Paare aus Scan und Farbfassung und %3 Farbfotos mit ihrer eigenen Helligkeit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/finetune/reportpage.cpp" line="155"/>
        <source>%n file(s) are left out:</source>
        <translation>
            <numerusform>%n Datei bleibt außen vor:</numerusform>
            <numerusform>%n Dateien bleiben außen vor:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="157"/>
        <source>Fine-tuning needs at least two usable photographs.</source>
        <translation>Die Feinabstimmung braucht mindestens zwei verwendbare Fotos.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="168"/>
        <source>Its partner: %1.</source>
        <translation>Die zugehörige Datei: %1.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/reportpage.cpp" line="185"/>
        <source>%1 of %2 photographs are set aside: the model does not learn from them, and the last page compares the old and the new model on them.</source>
        <translation>%1 von %2 Fotos werden zurückgehalten: Das Modell lernt nicht aus ihnen, und die letzte Seite vergleicht daran das alte und das neue Modell.</translation>
    </message>
</context>
<context>
    <name>colorized::finetune::ResultPage</name>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="41"/>
        <source>Color difference (CIEDE2000)</source>
        <translation>Farbabstand (CIEDE2000)</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="42"/>
        <source>Mean perceived difference from the true colors. Lower is better; under 2 is hard to see.</source>
        <translation>Mittlerer wahrgenommener Abstand zu den echten Farben. Niedriger ist besser; unter 2 kaum sichtbar.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="45"/>
        <source>Colorfulness</source>
        <translation>Farbigkeit</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="46"/>
        <source>How vivid the colors are (Hasler and Suesstrunk). Closer to the true photographs&apos; value is better.</source>
        <translation>Wie kräftig die Farben sind (Hasler und Süsstrunk). Je näher am Wert der echten Fotos, desto besser.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="50"/>
        <source>PSNR (dB)</source>
        <translation>PSNR (dB)</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="51"/>
        <source>Pixel agreement with the true colors. Higher is better.</source>
        <translation>Pixelübereinstimmung mit den echten Farben. Höher ist besser.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="53"/>
        <source>SSIM</source>
        <translation>SSIM</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="54"/>
        <source>Structural agreement with the true colors, 0 to 1. Higher is better.</source>
        <translation>Strukturelle Übereinstimmung mit den echten Farben, 0 bis 1. Höher ist besser.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="64"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="69"/>
        <source>Measure</source>
        <translation>Maß</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="69"/>
        <location filename="../ui/finetune/resultpage.cpp" line="150"/>
        <source>Base model</source>
        <translation>Ausgangsmodell</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="69"/>
        <location filename="../ui/finetune/resultpage.cpp" line="151"/>
        <source>Fine-tuned</source>
        <translation>Feinabgestimmt</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="85"/>
        <source>&amp;Use the new model from now on</source>
        <translation>Ab jetzt das neue Modell &amp;verwenden</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="90"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="91"/>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/finetune/resultpage.cpp" line="104"/>
        <source>Both models colorized the %n photograph(s) shown below, which were set aside and never learned from; here is how close each model came to the true colors.</source>
        <translation>
            <numerusform>Beide Modelle haben das unten gezeigte Foto koloriert, das zurückgelegt und nie zum Lernen verwendet wurde; so nahe kam jedes Modell den echten Farben.</numerusform>
            <numerusform>Beide Modelle haben die %n unten gezeigten Fotos koloriert, die zurückgelegt und nie zum Lernen verwendet wurden; so nahe kam jedes Modell den echten Farben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="118"/>
        <source>Colorfulness (true colors: %1)</source>
        <translation>Farbigkeit (echte Farben: %1)</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="122"/>
        <source>identical</source>
        <translation>identisch</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="146"/>
        <source>The fine-tuned model came out farther from the true colors than the base model, so it is not made the active model unless you tick this.</source>
        <translation>Das feinabgestimmte Modell liegt weiter von den echten Farben entfernt als das Ausgangsmodell; es wird daher nur aktives Modell, wenn Sie dies ankreuzen.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="149"/>
        <source>True colors</source>
        <translation>Echte Farben</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="158"/>
        <source>%1, tuned on %2</source>
        <translation>%1, feinabgestimmt mit %2</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="161"/>
        <source>Fine-tuned from %1 for %2 steps on %3 photographs of the folder %4.</source>
        <translation>Von %1 in %2 Schritten mit %3 Fotos aus dem Ordner %4 feinabgestimmt.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="174"/>
        <source>The model was not saved</source>
        <translation>Das Modell wurde nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>colorized::finetune::SettingsPage</name>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="33"/>
        <source>Training settings</source>
        <translation>Trainingseinstellungen</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="34"/>
        <source>The defaults suit a laptop. More steps learn more and take longer.</source>
        <translation>Die Vorgaben passen für einen Laptop. Mehr Schritte lernen mehr und dauern länger.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="36"/>
        <source>Start &amp;training</source>
        <translation>&amp;Training starten</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="52"/>
        <source>How far each step moves the model. Lower is gentler: the model keeps more of what it knew.</source>
        <translation>Wie weit jeder Schritt das Modell verändert. Niedriger ist behutsamer: Das Modell behält mehr von dem, was es wusste.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="58"/>
        <source>Photographs per step. Larger batches give steadier steps and take longer each.</source>
        <translation>Fotos pro Schritt. Größere Stapel ergeben gleichmäßigere Schritte, die jeweils länger dauern.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="61"/>
        <source>Side of the square pieces the model learns from, in pixels. Keep the base model&apos;s resolution unless you know better.</source>
        <translation>Seitenlänge der quadratischen Ausschnitte, aus denen das Modell lernt, in Pixeln. Behalten Sie die Auflösung des Ausgangsmodells, wenn Sie es nicht besser wissen.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="68"/>
        <source>Start from model:</source>
        <translation>Ausgangsmodell:</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="69"/>
        <source>Training steps:</source>
        <translation>Trainingsschritte:</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="71"/>
        <source>Learning rate:</source>
        <translation>Lernrate:</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="72"/>
        <source>Batch size:</source>
        <translation>Stapelgröße:</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="73"/>
        <source>Resolution:</source>
        <translation>Auflösung:</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="100"/>
        <source>%1 (installed with COLORIZED)</source>
        <translation>%1 (mit COLORIZED installiert)</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="130"/>
        <source>%1 px (the model&apos;s own)</source>
        <translation>%1 px (die des Modells)</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="130"/>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="219"/>
        <source>Each of your %1 training photographs is seen about %2 times.</source>
        <translation>Jedes Ihrer %1 Trainingsfotos wird etwa %2-mal gesehen.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="223"/>
        <source>The time could not be estimated: the model could not be loaded.</source>
        <translation>Die Dauer konnte nicht geschätzt werden: Das Modell konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="227"/>
        <source>Measuring a training step on this computer…</source>
        <translation>Ein Trainingsschritt wird auf diesem Computer gemessen…</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="231"/>
        <source>One step takes about %1 s on this computer, so %2 steps with the previews and the comparison at the end take about %3. You can pause or stop at any time; a stopped run can be resumed.</source>
        <translation>Ein Schritt dauert auf diesem Computer etwa %1 s; %2 Schritte mit den Vorschauen und dem Vergleich am Ende dauern also etwa %3. Sie können jederzeit pausieren oder anhalten; ein angehaltener Lauf lässt sich fortsetzen.</translation>
    </message>
</context>
<context>
    <name>colorized::finetune::TrainingPage</name>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="34"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="35"/>
        <source>You can keep working in COLORIZED meanwhile. Stopping keeps what was learned so far: the run can be resumed later, also after closing the application.</source>
        <translation>Sie können währenddessen in COLORIZED weiterarbeiten. Beenden behält das bisher Gelernte: Der Lauf kann später fortgesetzt werden, auch nach dem Schließen der Anwendung.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="49"/>
        <location filename="../ui/finetune/trainingpage.cpp" line="100"/>
        <location filename="../ui/finetune/trainingpage.cpp" line="155"/>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="51"/>
        <source>&amp;Stop</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="53"/>
        <source>Stops after the current step and keeps a checkpoint, so the run can be resumed.</source>
        <translation>Endet nach dem aktuellen Schritt und behält einen Zwischenstand, damit der Lauf fortgesetzt werden kann.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="54"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="64"/>
        <source>Stopping after the current step…</source>
        <translation>Wird nach dem aktuellen Schritt beendet…</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="93"/>
        <source>True colors</source>
        <translation>Echte Farben</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="95"/>
        <source>Base model</source>
        <translation>Ausgangsmodell</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="97"/>
        <source>After step %1</source>
        <translation>Nach Schritt %1</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="100"/>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="102"/>
        <source>Paused. A checkpoint was saved: closing the window now loses nothing.</source>
        <translation>Angehalten. Ein Zwischenstand wurde gespeichert: Das Fenster jetzt zu schließen verliert nichts.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="104"/>
        <source>Training…</source>
        <translation>Training läuft…</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="164"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="165"/>
        <source>Step %1 of %2, about %3 left (%4 photographs per second).</source>
        <translation>Schritt %1 von %2, noch etwa %3 (%4 Fotos pro Sekunde).</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="179"/>
        <source>Training finished after %1 steps. Next: compare the models and save the new one.</source>
        <translation>Training nach %1 Schritten beendet. Als Nächstes: die Modelle vergleichen und das neue speichern.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="188"/>
        <source>Stopped at step %1. The checkpoint is kept: resume now, or the next time you open this wizard.</source>
        <translation>Bei Schritt %1 beendet. Der Zwischenstand bleibt erhalten: Jetzt fortsetzen oder beim nächsten Öffnen dieses Assistenten.</translation>
    </message>
</context>
<context>
    <name>colorized::jobs::ColorizeWorker</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/colorizeworker.cpp" line="81"/>
        <source>No colorization model is set. Choose a model file in the Settings panel (Model), or install the default model; the README explains how to train one with colorized-cli train.</source>
        <translation>Es ist kein Kolorierungsmodell eingestellt. Wählen Sie im Bereich Einstellungen (Modell) eine Modelldatei oder installieren Sie das Standardmodell; die README erklärt, wie man mit colorized-cli train eines trainiert.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/colorizeworker.cpp" line="85"/>
        <source>The model file %1 does not exist. Choose another model in the Settings panel.</source>
        <translation>Die Modelldatei %1 existiert nicht. Wählen Sie im Bereich Einstellungen ein anderes Modell.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/colorizeworker.cpp" line="94"/>
        <source>The model file %1 could not be loaded: %2 Choose another model in the Settings panel.</source>
        <translation>Die Modelldatei %1 konnte nicht geladen werden: %2 Wählen Sie im Bereich Einstellungen ein anderes Modell.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/colorizeworker.cpp" line="145"/>
        <source>%1 could not be opened: %2 Check that it is a JPEG, PNG or TIFF image and that the file is complete.</source>
        <translation>%1 konnte nicht geöffnet werden: %2 Prüfen Sie, ob es ein JPEG-, PNG- oder TIFF-Bild ist und ob die Datei vollständig ist.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/colorizeworker.cpp" line="183"/>
        <source>The selected timeline frame can no longer be continued. Colorize the photo again.</source>
        <translation>Vom gewählten Bild der Zeitleiste kann nicht mehr fortgesetzt werden. Kolorieren Sie das Foto erneut.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/colorizeworker.cpp" line="294"/>
        <source>Colorizing %1 failed: %2 Try another working resolution or model; if it keeps failing, please report it.</source>
        <translation>Das Kolorieren von %1 ist fehlgeschlagen: %2 Versuchen Sie eine andere Arbeitsauflösung oder ein anderes Modell; wenn es weiterhin fehlschlägt, melden Sie es bitte.</translation>
    </message>
</context>
<context>
    <name>colorized::jobs::ModelStore</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="68"/>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="179"/>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="188"/>
        <source>%1 is not a COLORIZED model: %2</source>
        <translation>%1 ist kein COLORIZED-Modell: %2</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="204"/>
        <source>Could not copy %1 into %2.</source>
        <translation>%1 konnte nicht nach %2 kopiert werden.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="215"/>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="239"/>
        <source>Give the model a name.</source>
        <translation>Geben Sie dem Modell einen Namen.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="224"/>
        <source>Could not save the model as %1: %2</source>
        <translation>Das Modell konnte nicht als %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="235"/>
        <source>%1 came with COLORIZED and cannot be renamed.</source>
        <translation>%1 gehört zu COLORIZED und kann nicht umbenannt werden.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="246"/>
        <source>Could not rename the model: %1</source>
        <translation>Das Modell konnte nicht umbenannt werden: %1</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="259"/>
        <source>%1 came with COLORIZED and cannot be deleted.</source>
        <translation>%1 gehört zu COLORIZED und kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="263"/>
        <source>Could not delete %1.</source>
        <translation>%1 konnte nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>colorized::jobs::TrainWorker</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/trainworker.cpp" line="148"/>
        <source>Could not write the training state in %1 (%2).</source>
        <translation>Der Trainingsstand konnte nicht in %1 geschrieben werden (%2).</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/trainworker.cpp" line="174"/>
        <source>Fine-tuning stopped: %1</source>
        <translation>Das Feinabstimmen wurde beendet: %1</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/trainworker.cpp" line="183"/>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/trainworker.cpp" line="191"/>
        <source>The folder %1 holds no fine-tuning run to resume.</source>
        <translation>Der Ordner %1 enthält keinen Feinabstimmungslauf zum Fortsetzen.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/trainworker.cpp" line="217"/>
        <source>Reading the photographs…</source>
        <translation>Die Fotos werden gelesen…</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/trainworker.cpp" line="266"/>
        <source>Colorizing the held-out photographs with the base model…</source>
        <translation>Die zurückgehaltenen Fotos werden mit dem Ausgangsmodell koloriert…</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/trainworker.cpp" line="311"/>
        <source>Training…</source>
        <translation>Training läuft…</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/trainworker.cpp" line="362"/>
        <source>Colorizing the held-out photographs with the fine-tuned model…</source>
        <translation>Die zurückgehaltenen Fotos werden mit dem feinabgestimmten Modell koloriert…</translation>
    </message>
</context>
<context>
    <name>colorized::models::ModelManagerDialog</name>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="63"/>
        <source>%1 (%2 photographs)</source>
        <translation>%1 (%2 Fotos)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="75"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="79"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="79"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="79"/>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="251"/>
        <source>Base model</source>
        <translation>Ausgangsmodell</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="79"/>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="252"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="79"/>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="253"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="79"/>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="254"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="80"/>
        <source>Color difference</source>
        <translation>Farbabstand</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="81"/>
        <source>Mean CIEDE2000 on the held-out photographs: base model, then fine-tuned. Lower is better.</source>
        <translation>Mittlerer CIEDE2000 auf den zurückgehaltenen Fotos: Ausgangsmodell, dann feinabgestimmt. Niedriger ist besser.</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="96"/>
        <source>&amp;Use</source>
        <translation>&amp;Verwenden</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="98"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="100"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="102"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="104"/>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="175"/>
        <source>%1 (active)</source>
        <translation>%1 (aktiv)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="180"/>
        <source>Installed with COLORIZED</source>
        <translation>Mit COLORIZED installiert</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="180"/>
        <source>Fine-tuned</source>
        <translation>Feinabgestimmt</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="180"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="182"/>
        <source>Unreadable</source>
        <translation>Unlesbar</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="190"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="231"/>
        <source>Models that came with COLORIZED cannot be deleted.</source>
        <translation>Modelle, die zu COLORIZED gehören, können nicht gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="242"/>
        <source>This file cannot be read: %1</source>
        <translation>Diese Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="248"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="249"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="250"/>
        <source>Working resolution</source>
        <translation>Arbeitsauflösung</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="250"/>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="257"/>
        <source>Held-out color difference (CIEDE2000)</source>
        <translation>Farbabstand auf zurückgehaltenen Fotos (CIEDE2000)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="258"/>
        <source>base model %1, this model %2</source>
        <translation>Ausgangsmodell %1, dieses Modell %2</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="262"/>
        <source>Everything recorded about its training:</source>
        <translation>Alles, was über sein Training festgehalten wurde:</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="274"/>
        <source>%1 is now the active model.</source>
        <translation>%1 ist jetzt das aktive Modell.</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="291"/>
        <source>Rename model</source>
        <translation>Modell umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="298"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="299"/>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="309"/>
        <source>Renaming…</source>
        <translation>Wird umbenannt…</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="325"/>
        <source>Delete the model?</source>
        <translation>Das Modell löschen?</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="326"/>
        <source>The model %1 will be deleted from this computer. Colorized photographs are not affected.</source>
        <translation>Das Modell %1 wird von diesem Computer gelöscht. Kolorierte Fotos sind davon nicht betroffen.</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="339"/>
        <source>%1 was deleted.</source>
        <translation>%1 wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="354"/>
        <source>Import a model</source>
        <translation>Ein Modell importieren</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="355"/>
        <source>COLORIZED models (*.safetensors)</source>
        <translation>COLORIZED-Modelle (*.safetensors)</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="358"/>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="363"/>
        <source>The model was not imported</source>
        <translation>Das Modell wurde nicht importiert</translation>
    </message>
    <message>
        <location filename="../ui/models/modelmanagerdialog.cpp" line="366"/>
        <source>Imported as %1.</source>
        <translation>Als %1 importiert.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="97"/>
        <source>Colorizes scanned black-and-white archive photographs with a diffusion model.</source>
        <translation>Koloriert gescannte Schwarzweiß-Archivfotografien mit einem Diffusionsmodell.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="102"/>
        <source>Photographs or folders to open.</source>
        <translation>Zu öffnende Fotografien oder Ordner.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="105"/>
        <source>Save the window to &lt;file&gt; once the photos are colorized, then quit.</source>
        <translation>Das Fenster nach dem Kolorieren der Fotos in &lt;file&gt; speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="108"/>
        <source>Compare mode, one of: %1.</source>
        <translation>Vergleichsmodus, einer von: %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="112"/>
        <source>Milliseconds to wait before the screenshot.</source>
        <translation>Millisekunden Wartezeit vor dem Bildschirmfoto.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="115"/>
        <source>Start in the collection review (View &gt; Review Collection).</source>
        <translation>In der Prüfung der Sammlung starten (Ansicht &gt; Sammlung prüfen).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="126"/>
        <source>Unknown compare mode &quot;%1&quot;: use one of %2.</source>
        <translation>Unbekannter Vergleichsmodus „%1“: Verwenden Sie einen von %2.</translation>
    </message>
</context>
</TS>
