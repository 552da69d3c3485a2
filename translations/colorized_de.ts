<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.cpp" line="23"/>
        <source>Export the colorized photo</source>
        <translation>Das kolorierte Foto exportieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exportdialog.cpp" line="23"/>
        <source>Export %n colorized photos</source>
        <translation>
            <numerusform>%n koloriertes Foto exportieren</numerusform>
            <numerusform>%n kolorierte Fotos exportieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="26"/>
        <source>Exports are new files at full resolution; originals are never changed. Each carries its provenance (IPTC digital source type, model, seed, hints) in its metadata and in a .json file beside it.</source>
        <translation>Exporte sind neue Dateien in voller Auflösung; Originale werden nie verändert. Jeder Export trägt seine Herkunft (IPTC-Quelltyp, Modell, Startwert, Hinweise) in seinen Metadaten und in einer .json-Datei daneben.</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="40"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="43"/>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="46"/>
        <source>PNG (lossless, keeps 16 bits)</source>
        <translation>PNG (verlustfrei, behält 16 Bit)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="47"/>
        <source>TIFF (lossless, keeps 16 bits)</source>
        <translation>TIFF (verlustfrei, behält 16 Bit)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="48"/>
        <source>JPEG (smaller, 8 bits)</source>
        <translation>JPEG (kleiner, 8 Bit)</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="50"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="55"/>
        <source>JPEG quality:</source>
        <translation>JPEG-Qualität:</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="64"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="75"/>
        <source>Export folder</source>
        <translation>Exportordner</translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="94"/>
        <source>Choose a folder that exists and that you can write to.</source>
        <translation>Wählen Sie einen vorhandenen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/exporter.cpp" line="76"/>
        <source>%1 has no colorized result to export yet.</source>
        <translation>%1 hat noch kein koloriertes Ergebnis zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/exporter.cpp" line="81"/>
        <source>Candidate %1 does not exist for %2.</source>
        <translation>Variante %1 gibt es für %2 nicht.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/exporter.cpp" line="85"/>
        <source>The export folder %1 does not exist.</source>
        <translation>Der Exportordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/exporter.cpp" line="89"/>
        <source>The original %1 is missing or has changed since it was colorized. Colorize it again before exporting.</source>
        <translation>Das Original %1 fehlt oder hat sich seit dem Kolorieren geändert. Kolorieren Sie es vor dem Export erneut.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/exporter.cpp" line="109"/>
        <source>%1 could not be prepared for export: %2</source>
        <translation>%1 konnte nicht für den Export vorbereitet werden: %2</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/exporter.cpp" line="129"/>
        <source>%1 could not be written: %2 Check that the folder is writable and that the disk is not full.</source>
        <translation>%1 konnte nicht geschrieben werden: %2 Prüfen Sie, ob der Ordner beschreibbar und die Festplatte nicht voll ist.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/exporter.cpp" line="141"/>
        <source>%1 was exported, but its provenance file %2 could not be written (the image itself carries the provenance).</source>
        <translation>%1 wurde exportiert, aber seine Herkunftsdatei %2 konnte nicht geschrieben werden (das Bild selbst trägt die Herkunft).</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/exporter.cpp" line="162"/>
        <source>Candidate %1 of %2 could not be shown: %3</source>
        <translation>Variante %1 von %2 konnte nicht angezeigt werden: %3</translation>
    </message>
</context>
<context>
    <name>HintsDock</name>
    <message>
        <location filename="../ui/hintsdock.cpp" line="30"/>
        <location filename="../ui/hintsdock.cpp" line="42"/>
        <source>Color hints</source>
        <translation>Farbhinweise</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="35"/>
        <source>Where you know a color (a uniform, a painted door), pin it: the model follows hints when you colorize again or continue from a timeline frame.</source>
        <translation>Wo Sie eine Farbe kennen (eine Uniform, eine gestrichene Tür), heften Sie sie an: Das Modell folgt den Hinweisen, wenn Sie erneut kolorieren oder von einem Bild der Zeitleiste fortsetzen.</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="46"/>
        <source>Add hint on photo</source>
        <translation>Hinweis auf dem Foto setzen</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="48"/>
        <source>Click on the photo to place a hint (H).</source>
        <translation>Klicken Sie auf das Foto, um einen Hinweis zu setzen (H).</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="49"/>
        <source>Change color…</source>
        <translation>Farbe ändern…</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="50"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="51"/>
        <source>Remove the selected hint (Delete).</source>
        <translation>Den gewählten Hinweis entfernen (Entf).</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="52"/>
        <source>Remove all</source>
        <translation>Alle entfernen</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="87"/>
        <source>%1. %2 at %3 %, %4 %</source>
        <translation>%1. %2 bei %3 %, %4 %</translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="93"/>
        <source>Double-click to change the color; drag the marker on the photo to move it.</source>
        <translation>Doppelklicken, um die Farbe zu ändern; die Markierung auf dem Foto ziehen, um sie zu verschieben.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../ui/imageviewer.cpp" line="31"/>
        <source>Drop photographs or folders here, or use File &gt; Open.</source>
        <translation>Fotos oder Ordner hierher ziehen oder Datei &gt; Öffnen verwenden.</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="396"/>
        <source>No candidates yet: colorize the photo first.</source>
        <translation>Noch keine Varianten: Kolorieren Sie zuerst das Foto.</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="413"/>
        <source>Candidate %1 (chosen)</source>
        <translation>Variante %1 (gewählt)</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="414"/>
        <source>Candidate %1</source>
        <translation>Variante %1</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="421"/>
        <source>Original (not colorized yet)</source>
        <translation>Original (noch nicht koloriert)</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="422"/>
        <source>Colorized</source>
        <translation>Koloriert</translation>
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
        <translation>&amp;Koloriert</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="29"/>
        <source>&amp;Original</source>
        <translation>&amp;Original</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="30"/>
        <source>&amp;Split View</source>
        <translation>&amp;Geteilte Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="31"/>
        <source>Side &amp;by Side</source>
        <translation>&amp;Nebeneinander</translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="32"/>
        <source>Ca&amp;ndidates</source>
        <translation>&amp;Varianten</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../ui/mainactions.cpp" line="13"/>
        <source>&amp;Open Photos…</source>
        <translation>Fotos ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="14"/>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="14"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="15"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="15"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="16"/>
        <source>Export &amp;All Colorized…</source>
        <translation>&amp;Alle kolorierten exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="16"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="17"/>
        <source>&amp;Remove from List</source>
        <translation>Aus der Liste &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="17"/>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="25"/>
        <source>&amp;Colorize</source>
        <translation>&amp;Kolorieren</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="25"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="26"/>
        <source>Colorize the selected photos (Ctrl+R)</source>
        <translation>Die gewählten Fotos kolorieren (Strg+R)</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="27"/>
        <source>Colorize A&amp;ll</source>
        <translation>A&amp;lle kolorieren</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="27"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="28"/>
        <source>C&amp;ancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="29"/>
        <source>Cancel the running colorization (Esc)</source>
        <translation>Die laufende Kolorierung abbrechen (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="30"/>
        <source>Cancel All</source>
        <translation>Alle abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="30"/>
        <source>Shift+Esc</source>
        <translation>Shift+Esc</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="32"/>
        <source>Continue from Selected &amp;Frame</source>
        <translation>Vom gewählten &amp;Bild fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="32"/>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="33"/>
        <source>New &amp;Seed</source>
        <translation>Neuer &amp;Startwert</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="33"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="20"/>
        <source>Place Color &amp;Hints</source>
        <translation>Farb&amp;hinweise setzen</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="20"/>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="22"/>
        <source>Remove Selected Hint</source>
        <translation>Gewählten Hinweis entfernen</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="44"/>
        <source>&amp;Toggle Original</source>
        <translation>Original &amp;umschalten</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="44"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="45"/>
        <source>Flip between the original and the colorized photo (T)</source>
        <translation>Zwischen dem Original und dem kolorierten Foto umschalten (T)</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="46"/>
        <source>Show &amp;Uncertainty</source>
        <translation>&amp;Unsicherheit zeigen</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="46"/>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="48"/>
        <source>Highlight where the candidates disagree: there the colors are a guess (U)</source>
        <translation>Hervorheben, wo die Varianten abweichen: Dort sind die Farben geraten (U)</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="54"/>
        <source>&amp;Play/Pause Timeline</source>
        <translation>Zeitleiste &amp;abspielen/anhalten</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="78"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="18"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="88"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="23"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="98"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="49"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="50"/>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="51"/>
        <source>Zoom O&amp;ut</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="52"/>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="52"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="53"/>
        <source>&amp;Actual Pixels (100 %)</source>
        <translation>&amp;Originalgröße (100 %)</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="53"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="55"/>
        <source>Next Frame</source>
        <translation>Nächstes Bild</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="55"/>
        <source>]</source>
        <translation>]</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="56"/>
        <source>Previous Frame</source>
        <translation>Vorheriges Bild</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="56"/>
        <source>[</source>
        <translation>[</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="109"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="114"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="57"/>
        <source>&amp;About COLORIZED</source>
        <translation>&amp;Über COLORIZED</translation>
    </message>
    <message>
        <location filename="../ui/mainactions.cpp" line="116"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="72"/>
        <source>Hint color (custom colors: what the candidates give here)</source>
        <translation>Hinweisfarbe (eigene Farben: was die Varianten hier ergeben)</translation>
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
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="262"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="318"/>
        <source>About COLORIZED</source>
        <translation>Über COLORIZED</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="319"/>
        <source>&lt;p&gt;&lt;b&gt;COLORIZED %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Colorization of lost or ruined images employing diffusion.&lt;/p&gt;&lt;p&gt;Colors are an estimate made by a trained model; exports say so in their metadata and never replace the original.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;COLORIZED %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Kolorierung verlorener oder beschädigter Bilder mit Diffusion.&lt;/p&gt;&lt;p&gt;Die Farben sind eine Schätzung eines trainierten Modells; Exporte sagen das in ihren Metadaten und ersetzen nie das Original.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="400"/>
        <source>Drop photographs or folders here, or use File &gt; Open.</source>
        <translation>Fotos oder Ordner hierher ziehen oder Datei &gt; Öffnen verwenden.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="401"/>
        <source>No colorization model found: choose one in the Settings panel.</source>
        <translation>Kein Kolorierungsmodell gefunden: Wählen Sie eines im Bereich Einstellungen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="626"/>
        <location filename="../ui/mainwindow.cpp" line="668"/>
        <location filename="../ui/mainwindow.cpp" line="670"/>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1080"/>
        <source>Export problems</source>
        <translation>Probleme beim Export</translation>
    </message>
</context>
<context>
    <name>ModelLocator</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/modellocator.cpp" line="49"/>
        <source>No colorization model was found. Looked in: %1. Choose a model file with Settings &gt; Model &gt; Choose…, set the COLORIZED_MODEL environment variable, or train one with &quot;colorized-cli train&quot; as the README explains.</source>
        <translation>Es wurde kein Kolorierungsmodell gefunden. Gesucht in: %1. Wählen Sie eine Modelldatei unter Einstellungen &gt; Modell &gt; Wählen…, setzen Sie die Umgebungsvariable COLORIZED_MODEL oder trainieren Sie eines mit „colorized-cli train“, wie die README erklärt.</translation>
    </message>
</context>
<context>
    <name>PhotoListModel</name>
    <message>
        <location filename="../ui/photolistmodel.cpp" line="24"/>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <location filename="../ui/photolistmodel.cpp" line="26"/>
        <source>Not colorized</source>
        <translation>Nicht koloriert</translation>
    </message>
    <message>
        <location filename="../ui/photolistmodel.cpp" line="28"/>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <location filename="../ui/photolistmodel.cpp" line="30"/>
        <source>Colorizing</source>
        <translation>Wird koloriert</translation>
    </message>
    <message>
        <location filename="../ui/photolistmodel.cpp" line="32"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../ui/photolistmodel.cpp" line="34"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/photolistmodel.cpp" line="48"/>
        <source>Colorizing %1%</source>
        <translation>Kolorierung %1 %</translation>
    </message>
    <message>
        <location filename="../ui/photolistmodel.cpp" line="59"/>
        <source>%1 × %2 pixels, %3-bit</source>
        <translation>%1 × %2 Pixel, %3 Bit</translation>
    </message>
</context>
<context>
    <name>PhotoLoader</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/photoloader.cpp" line="34"/>
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
    <name>Provenance</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/provenance.cpp" line="102"/>
        <source>The exported file %1 could not be reopened to add its provenance.</source>
        <translation>Die exportierte Datei %1 konnte nicht erneut geöffnet werden, um ihre Herkunft einzutragen.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/provenance.cpp" line="141"/>
        <source>The provenance could not be written into %1: %2</source>
        <translation>Die Herkunft konnte nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/provenance.cpp" line="194"/>
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
        <location filename="../ui/session/session.cpp" line="81"/>
        <source>No photographs found in what was dropped or opened.</source>
        <translation>In dem Abgelegten oder Geöffneten wurden keine Fotos gefunden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session.cpp" line="95"/>
        <source>Added %n photo(s).</source>
        <translation>
            <numerusform>%n Foto hinzugefügt.</numerusform>
            <numerusform>%n Fotos hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="217"/>
        <source>No colorization model is set: choose one in the Settings panel (Model).</source>
        <translation>Kein Kolorierungsmodell eingestellt: Wählen Sie eines im Bereich Einstellungen (Modell).</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="241"/>
        <source>Colorize the photo first, then pick a timeline frame to continue from.</source>
        <translation>Kolorieren Sie zuerst das Foto und wählen Sie dann ein Bild der Zeitleiste, von dem aus fortgesetzt wird.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session.cpp" line="253"/>
        <source>Continuing from step %1 with seed %2 and %n hint(s).</source>
        <translation>
            <numerusform>Fortsetzung ab Schritt %1 mit Startwert %2 und %n Hinweis.</numerusform>
            <numerusform>Fortsetzung ab Schritt %1 mit Startwert %2 und %n Hinweisen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session.cpp" line="290"/>
        <source>Colorizing %1 (%n more waiting)…</source>
        <translation>
            <numerusform>%1 wird koloriert (%n weiteres wartet)…</numerusform>
            <numerusform>%1 wird koloriert (%n weitere warten)…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="291"/>
        <source>Colorizing %1…</source>
        <translation>%1 wird koloriert…</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="321"/>
        <source>%1 colorized in %2 s (seed %3).</source>
        <translation>%1 in %2 s koloriert (Startwert %3).</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="336"/>
        <source>Colorizing %1 failed.</source>
        <translation>Das Kolorieren von %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="346"/>
        <source>Colorizing was cancelled.</source>
        <translation>Die Kolorierung wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="348"/>
        <source>Cancelled colorizing %1.</source>
        <translation>Kolorierung von %1 abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="366"/>
        <source>Hint added. Colorize again (Ctrl+R) or continue from a timeline frame to use it.</source>
        <translation>Hinweis hinzugefügt. Erneut kolorieren (Strg+R) oder von einem Bild der Zeitleiste fortsetzen, um ihn zu nutzen.</translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="408"/>
        <source>Candidate %1 chosen: it is the one exported.</source>
        <translation>Variante %1 gewählt: Sie wird exportiert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session.cpp" line="55"/>
        <source>Exporting… %n left.</source>
        <translation>
            <numerusform>Export läuft… noch %n.</numerusform>
            <numerusform>Export läuft… noch %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session.cpp" line="60"/>
        <source>Exported %n photo(s) to %1.</source>
        <translation>
            <numerusform>%n Foto nach %1 exportiert.</numerusform>
            <numerusform>%n Fotos nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session.cpp" line="62"/>
        <source>%n export(s) failed.</source>
        <translation>
            <numerusform>%n Export ist fehlgeschlagen.</numerusform>
            <numerusform>%n Exporte sind fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/session.cpp" line="459"/>
        <source>Nothing to export: colorize a photo first.</source>
        <translation>Nichts zu exportieren: Kolorieren Sie zuerst ein Foto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session.cpp" line="462"/>
        <source>Exporting %n photo(s)…</source>
        <translation>
            <numerusform>%n Foto wird exportiert…</numerusform>
            <numerusform>%n Fotos werden exportiert…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDock</name>
    <message>
        <location filename="../ui/settingsdock.cpp" line="30"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="41"/>
        <source>Model file</source>
        <translation>Modelldatei</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="43"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="44"/>
        <source>Choose the model file (.safetensors) used to colorize.</source>
        <translation>Die Modelldatei (.safetensors) zum Kolorieren wählen.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="47"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="57"/>
        <source>Sampler:</source>
        <translation>Sampler:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="62"/>
        <source>More steps can give cleaner colors and take longer.</source>
        <translation>Mehr Schritte können sauberere Farben ergeben und dauern länger.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="63"/>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="68"/>
        <source>The same photo, settings and seed give exactly the same result.</source>
        <translation>Dasselbe Foto mit denselben Einstellungen und demselben Startwert ergibt genau dasselbe Ergebnis.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="70"/>
        <source>New seed</source>
        <translation>Neuer Startwert</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="71"/>
        <source>Draw a new random seed (Ctrl+G).</source>
        <translation>Einen neuen zufälligen Startwert ziehen (Strg+G).</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="74"/>
        <source>Seed:</source>
        <translation>Startwert:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="78"/>
        <source>Several candidates are computed together; where they disagree, the uncertainty map lights up.</source>
        <translation>Mehrere Varianten werden zusammen berechnet; wo sie abweichen, leuchtet die Unsicherheitskarte auf.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="79"/>
        <source>Candidates:</source>
        <translation>Varianten:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="83"/>
        <source>Model default</source>
        <translation>Wie im Modell</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="83"/>
        <source>%1 pixels</source>
        <translation>%1 Pixel</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="84"/>
        <source>Long side at which the model works; the result keeps the original&apos;s full resolution and detail.</source>
        <translation>Lange Seite, mit der das Modell arbeitet; das Ergebnis behält die volle Auflösung und die Details des Originals.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="85"/>
        <source>Working resolution:</source>
        <translation>Arbeitsauflösung:</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="87"/>
        <source>Reduced precision (bfloat16)</source>
        <translation>Reduzierte Genauigkeit (bfloat16)</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="93"/>
        <source>Colorize</source>
        <translation>Kolorieren</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="94"/>
        <source>Colorize the selected photos with these settings (Ctrl+R).</source>
        <translation>Die gewählten Fotos mit diesen Einstellungen kolorieren (Strg+R).</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="110"/>
        <source> (%1 uses all %2)</source>
        <translation> (%1 nutzt alle %2)</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="121"/>
        <source>Uses the processor&apos;s native bfloat16 instructions; colors may differ very slightly from full precision. Measure the speed on this computer with colorized-cli bench.</source>
        <translation>Verwendet die nativen bfloat16-Befehle des Prozessors; die Farben können minimal von denen bei voller Genauigkeit abweichen. Messen Sie die Geschwindigkeit auf diesem Computer mit colorized-cli bench.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="123"/>
        <source>Not available: this processor has no native bfloat16 instructions (AVX-512 BF16 or AMX), so reduced precision would be several times slower than full precision.</source>
        <translation>Nicht verfügbar: Dieser Prozessor hat keine nativen bfloat16-Befehle (AVX-512 BF16 oder AMX), daher wäre reduzierte Genauigkeit hier um ein Mehrfaches langsamer als volle Genauigkeit.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="173"/>
        <source>%1 — works at %2 pixels, %3 diffusion steps.</source>
        <translation>%1 — arbeitet mit %2 Pixeln, %3 Diffusionsschritten.</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="193"/>
        <source>Choose a colorization model</source>
        <translation>Ein Kolorierungsmodell wählen</translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="194"/>
        <source>Model files (*.safetensors)</source>
        <translation>Modelldateien (*.safetensors)</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../ui/statuspanel.cpp" line="46"/>
        <source>Model: loading…</source>
        <translation>Modell: wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/statuspanel.cpp" line="38"/>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <location filename="../ui/statuspanel.cpp" line="51"/>
        <source>Model: none</source>
        <translation>Modell: keines</translation>
    </message>
    <message>
        <location filename="../ui/statuspanel.cpp" line="33"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location filename="../ui/statuspanel.cpp" line="68"/>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/statuspanel.cpp" line="70"/>
        <source>Estimating time left…</source>
        <translation>Restzeit wird geschätzt…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/statuspanel.cpp" line="72"/>
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>Noch etwa %n Sekunde</numerusform>
            <numerusform>Noch etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/statuspanel.cpp" line="74"/>
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
        <location filename="../ui/timelinedock.cpp" line="201"/>
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
        <source>Run the rest of the process again from the selected frame, with the current seed and hints.</source>
        <translation>Den Rest des Prozesses ab dem gewählten Bild erneut ausführen, mit dem aktuellen Startwert und den aktuellen Hinweisen.</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="67"/>
        <location filename="../ui/timelinedock.cpp" line="178"/>
        <source>No frames yet.</source>
        <translation>Noch keine Bilder.</translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="178"/>
        <source>Final result.</source>
        <translation>Endergebnis.</translation>
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
        <location filename="../ui/finetune/resultpage.cpp" line="141"/>
        <source>Base model</source>
        <translation>Ausgangsmodell</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="69"/>
        <location filename="../ui/finetune/resultpage.cpp" line="142"/>
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
        <location filename="../ui/finetune/resultpage.cpp" line="140"/>
        <source>True colors</source>
        <translation>Echte Farben</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="149"/>
        <source>%1, tuned on %2</source>
        <translation>%1, feinabgestimmt mit %2</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="152"/>
        <source>Fine-tuned from %1 for %2 steps on %3 photographs of the folder %4.</source>
        <translation>Von %1 in %2 Schritten mit %3 Fotos aus dem Ordner %4 feinabgestimmt.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/resultpage.cpp" line="165"/>
        <source>The model was not saved</source>
        <translation>Das Modell wurde nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>colorized::finetune::SettingsPage</name>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="32"/>
        <source>Training settings</source>
        <translation>Trainingseinstellungen</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="33"/>
        <source>The defaults suit a laptop. More steps learn more and take longer.</source>
        <translation>Die Vorgaben passen für einen Laptop. Mehr Schritte lernen mehr und dauern länger.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="35"/>
        <source>Start &amp;training</source>
        <translation>&amp;Training starten</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="51"/>
        <source>How far each step moves the model. Lower is gentler: the model keeps more of what it knew.</source>
        <translation>Wie weit jeder Schritt das Modell verändert. Niedriger ist behutsamer: Das Modell behält mehr von dem, was es wusste.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="57"/>
        <source>Photographs per step. Larger batches give steadier steps and take longer each.</source>
        <translation>Fotos pro Schritt. Größere Stapel ergeben gleichmäßigere Schritte, die jeweils länger dauern.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="60"/>
        <source>Side of the square pieces the model learns from, in pixels. Keep the base model&apos;s resolution unless you know better.</source>
        <translation>Seitenlänge der quadratischen Ausschnitte, aus denen das Modell lernt, in Pixeln. Behalten Sie die Auflösung des Ausgangsmodells, wenn Sie es nicht besser wissen.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="67"/>
        <source>Start from model:</source>
        <translation>Ausgangsmodell:</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="68"/>
        <source>Training steps:</source>
        <translation>Trainingsschritte:</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="70"/>
        <source>Learning rate:</source>
        <translation>Lernrate:</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="71"/>
        <source>Batch size:</source>
        <translation>Stapelgröße:</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="72"/>
        <source>Resolution:</source>
        <translation>Auflösung:</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="99"/>
        <source>%1 (installed with COLORIZED)</source>
        <translation>%1 (mit COLORIZED installiert)</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="129"/>
        <source>%1 px (the model&apos;s own)</source>
        <translation>%1 px (die des Modells)</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="129"/>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="218"/>
        <source>Each of your %1 training photographs is seen about %2 times.</source>
        <translation>Jedes Ihrer %1 Trainingsfotos wird etwa %2-mal gesehen.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="222"/>
        <source>The time could not be estimated: the model could not be loaded.</source>
        <translation>Die Dauer konnte nicht geschätzt werden: Das Modell konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="226"/>
        <source>Measuring a training step on this computer…</source>
        <translation>Ein Trainingsschritt wird auf diesem Computer gemessen…</translation>
    </message>
    <message>
        <location filename="../ui/finetune/settingspage.cpp" line="230"/>
        <source>One step takes about %1 s on this computer, so %2 steps with the previews and the comparison at the end take about %3. You can pause or stop at any time; a stopped run can be resumed.</source>
        <translation>Ein Schritt dauert auf diesem Computer etwa %1 s; %2 Schritte mit den Vorschauen und dem Vergleich am Ende dauern also etwa %3. Sie können jederzeit pausieren oder anhalten; ein angehaltener Lauf lässt sich fortsetzen.</translation>
    </message>
</context>
<context>
    <name>colorized::finetune::TrainingPage</name>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="32"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="33"/>
        <source>You can keep working in COLORIZED meanwhile. Stopping keeps what was learned so far: the run can be resumed later, also after closing the application.</source>
        <translation>Sie können währenddessen in COLORIZED weiterarbeiten. Beenden behält das bisher Gelernte: Der Lauf kann später fortgesetzt werden, auch nach dem Schließen der Anwendung.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="47"/>
        <location filename="../ui/finetune/trainingpage.cpp" line="98"/>
        <location filename="../ui/finetune/trainingpage.cpp" line="153"/>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="49"/>
        <source>&amp;Stop</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="51"/>
        <source>Stops after the current step and keeps a checkpoint, so the run can be resumed.</source>
        <translation>Endet nach dem aktuellen Schritt und behält einen Zwischenstand, damit der Lauf fortgesetzt werden kann.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="52"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="62"/>
        <source>Stopping after the current step…</source>
        <translation>Wird nach dem aktuellen Schritt beendet…</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="91"/>
        <source>True colors</source>
        <translation>Echte Farben</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="93"/>
        <source>Base model</source>
        <translation>Ausgangsmodell</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="95"/>
        <source>After step %1</source>
        <translation>Nach Schritt %1</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="98"/>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="100"/>
        <source>Paused. A checkpoint was saved: closing the window now loses nothing.</source>
        <translation>Angehalten. Ein Zwischenstand wurde gespeichert: Das Fenster jetzt zu schließen verliert nichts.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="102"/>
        <source>Training…</source>
        <translation>Training läuft…</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="162"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="163"/>
        <source>Step %1 of %2, about %3 left (%4 photographs per second).</source>
        <translation>Schritt %1 von %2, noch etwa %3 (%4 Fotos pro Sekunde).</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="177"/>
        <source>Training finished after %1 steps. Next: compare the models and save the new one.</source>
        <translation>Training nach %1 Schritten beendet. Als Nächstes: die Modelle vergleichen und das neue speichern.</translation>
    </message>
    <message>
        <location filename="../ui/finetune/trainingpage.cpp" line="186"/>
        <source>Stopped at step %1. The checkpoint is kept: resume now, or the next time you open this wizard.</source>
        <translation>Bei Schritt %1 beendet. Der Zwischenstand bleibt erhalten: Jetzt fortsetzen oder beim nächsten Öffnen dieses Assistenten.</translation>
    </message>
</context>
<context>
    <name>colorized::jobs</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="64"/>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="184"/>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="193"/>
        <source>%1 is not a COLORIZED model: %2</source>
        <translation>%1 ist kein COLORIZED-Modell: %2</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="209"/>
        <source>Could not copy %1 into %2.</source>
        <translation>%1 konnte nicht nach %2 kopiert werden.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="220"/>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="244"/>
        <source>Give the model a name.</source>
        <translation>Geben Sie dem Modell einen Namen.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="229"/>
        <source>Could not save the model as %1: %2</source>
        <translation>Das Modell konnte nicht als %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="240"/>
        <source>%1 came with COLORIZED and cannot be renamed.</source>
        <translation>%1 gehört zu COLORIZED und kann nicht umbenannt werden.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="251"/>
        <source>Could not rename the model: %1</source>
        <translation>Das Modell konnte nicht umbenannt werden: %1</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="264"/>
        <source>%1 came with COLORIZED and cannot be deleted.</source>
        <translation>%1 gehört zu COLORIZED und kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="268"/>
        <source>Could not delete %1.</source>
        <translation>%1 konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/trainworker.cpp" line="147"/>
        <source>Could not write the training state in %1 (%2).</source>
        <translation>Der Trainingsstand konnte nicht in %1 geschrieben werden (%2).</translation>
    </message>
</context>
<context>
    <name>colorized::jobs::ColorizeWorker</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/colorizeworker.cpp" line="89"/>
        <source>No colorization model is set. Choose a model file in the Settings panel (Model), or install the default model; the README explains how to train one with colorized-cli train.</source>
        <translation>Es ist kein Kolorierungsmodell eingestellt. Wählen Sie im Bereich Einstellungen (Modell) eine Modelldatei oder installieren Sie das Standardmodell; die README erklärt, wie man mit colorized-cli train eines trainiert.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/colorizeworker.cpp" line="93"/>
        <source>The model file %1 does not exist. Choose another model in the Settings panel.</source>
        <translation>Die Modelldatei %1 existiert nicht. Wählen Sie im Bereich Einstellungen ein anderes Modell.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/colorizeworker.cpp" line="102"/>
        <source>The model file %1 could not be loaded: %2 Choose another model in the Settings panel.</source>
        <translation>Die Modelldatei %1 konnte nicht geladen werden: %2 Wählen Sie im Bereich Einstellungen ein anderes Modell.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/colorizeworker.cpp" line="150"/>
        <source>%1 could not be opened: %2 Check that it is a JPEG, PNG or TIFF image and that the file is complete.</source>
        <translation>%1 konnte nicht geöffnet werden: %2 Prüfen Sie, ob es ein JPEG-, PNG- oder TIFF-Bild ist und ob die Datei vollständig ist.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/colorizeworker.cpp" line="181"/>
        <source>The selected timeline frame can no longer be continued. Colorize the photo again.</source>
        <translation>Vom gewählten Bild der Zeitleiste kann nicht mehr fortgesetzt werden. Kolorieren Sie das Foto erneut.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/colorizeworker.cpp" line="285"/>
        <source>Colorizing %1 failed: %2 Try another working resolution or model; if it keeps failing, please report it.</source>
        <translation>Das Kolorieren von %1 ist fehlgeschlagen: %2 Versuchen Sie eine andere Arbeitsauflösung oder ein anderes Modell; wenn es weiterhin fehlschlägt, melden Sie es bitte.</translation>
    </message>
</context>
<context>
    <name>colorized::jobs::TrainWorker</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/trainworker.cpp" line="173"/>
        <source>Fine-tuning stopped: %1</source>
        <translation>Das Feinabstimmen wurde beendet: %1</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/trainworker.cpp" line="182"/>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/trainworker.cpp" line="190"/>
        <source>The folder %1 holds no fine-tuning run to resume.</source>
        <translation>Der Ordner %1 enthält keinen Feinabstimmungslauf zum Fortsetzen.</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/trainworker.cpp" line="216"/>
        <source>Reading the photographs…</source>
        <translation>Die Fotos werden gelesen…</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/trainworker.cpp" line="265"/>
        <source>Colorizing the held-out photographs with the base model…</source>
        <translation>Die zurückgehaltenen Fotos werden mit dem Ausgangsmodell koloriert…</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/trainworker.cpp" line="310"/>
        <source>Training…</source>
        <translation>Training läuft…</translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/trainworker.cpp" line="361"/>
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
</TS>
