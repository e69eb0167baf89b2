; Inno Setup 6 script: the Windows installer of CPI Terrain, from the PyInstaller folder
; build\dist\cpi-terrain (installer\cpi-terrain.spec, built on Windows: see README.md).
; Per-machine install in Program Files, a Start-menu entry, silent switches for mass rollout.
; The agents' encrypted caseloads live in each user's %LOCALAPPDATA%\cpi-terrain and are
; never touched by an update or an uninstall.
;
; Build:   iscc /DAppVersion=0.1.0 installer\windows\cpi-terrain.iss
; Silent:  cpi-terrain-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /LOG="C:\Windows\Temp\cpi-terrain-setup.log" /SERVER=https://cpi.one.lu
;          /SERVER= (optional): the office server's address, written for every user of the
;          computer to C:\ProgramData\ONE\cpi-terrain.ini; the agent's first run then asks
;          only for the login. Left out: an earlier address stays, or the agent types it.
;          /CA= (optional): a PEM file with the ONE's own certificate authority, copied to
;          C:\ProgramData\ONE\cpi-terrain-ca.pem; the office server's certificate is then
;          checked against it (the app otherwise trusts the public authorities it carries).
; Remove:  "C:\Program Files\CPI Terrain\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;          also erases the uninstalling account's caseload folder (%LOCALAPPDATA%\cpi-terrain:
;          encrypted stores, log); /KEEPCASELOAD keeps it. Other accounts' folders stay.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "CPI Terrain"
#define AppExe "cpi-terrain.exe"
; python3 bootstrap.py bundle --windows passes both (installer/windows/bundle.py).
#ifndef SourceDir
  #define SourceDir "..\..\build\dist\cpi-terrain"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\build"
#endif

[Setup]
; The AppId identifies the product across versions: never change it (updates replace in place).
AppId={{6E0C1F3A-5B7D-4E2A-9C41-2D8F7A3B9E15}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Office national de l'enfance (ONE)
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=cpi-terrain-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; An update closes a running CPI Terrain (it saves drafts and locks the store on close) and
; does not restart it on its own: the agent unlocks again.
CloseApplications=yes
RestartApplications=no
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
VersionInfoVersion={#AppVersion}
ShowLanguageDialog=auto

[Languages]
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"

[Files]
; The whole folder, replaced at each update (a file left from an older version could be loaded).
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

; The ONE's certificate authority, from the file given with /CA= (read at install time).
Source: "{param:CA}"; DestDir: "{commonappdata}\ONE"; DestName: "cpi-terrain-ca.pem"; Flags: external ignoreversion; Check: CaGiven

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[INI]
; The office server's address for the first run (read by the app through QSettings' system
; scope). Kept at uninstall: the next version finds it.
Filename: "{commonappdata}\ONE\cpi-terrain.ini"; Section: "sync"; Key: "server_url"; String: "{param:SERVER}"; Check: ServerGiven
Filename: "{commonappdata}\ONE\cpi-terrain.ini"; Section: "sync"; Key: "ca_file"; String: "{commonappdata}\ONE\cpi-terrain-ca.pem"; Check: CaGiven

[Code]
function ServerGiven: Boolean;
begin
  Result := ExpandConstant('{param:SERVER|}') <> '';
end;

function CaGiven: Boolean;
begin
  Result := ExpandConstant('{param:CA|}') <> '';
end;

function KeepCaseload: Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), '/KEEPCASELOAD') = 0 then
      Result := True;
end;

// After the program is gone: the account's encrypted caseloads and log, unless kept. An
// update never runs this (it installs over the old version).
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not KeepCaseload then
    DelTree(ExpandConstant('{localappdata}\cpi-terrain'), True, True, True);
end;

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"

[CustomMessages]
fr.AppComment=Dossiers chiffrés hors ligne, projets d'intervention signés sur place, synchronisation avec l'ONE
de.AppComment=Verschlüsselte Offline-Dossiers, vor Ort unterschriebene Interventionsprojekte, Synchronisierung mit dem ONE

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
