// SPDX-FileCopyrightText: 2026 Bulwark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Kept apart from tst_format_cyclonedx.cpp: moc misreads these multi-line raw strings.
#include <QByteArray>

/// A BOM written by hand for these tests (no XML BOM is among the samples): the same content in both encodings.
extern const QByteArray handJson;
const QByteArray handJson = R"({
  "bomFormat": "CycloneDX",
  "specVersion": "1.5",
  "version": 1,
  "metadata": {"component": {"type": "application", "bom-ref": "shop", "name": "Shop", "version": "2.1"}},
  "components": [
    {"type": "library", "bom-ref": "pkg:maven/org.example/pay@1.0", "group": "org.example", "name": "pay",
     "version": "1.0", "supplier": {"name": "Example Payments Ltd"},
     "licenses": [{"license": {"id": "Apache-2.0"}}, {"expression": "MIT OR GPL-2.0-only"}],
     "purl": "pkg:maven/org.example/pay@1.0",
     "properties": [{"name": "team", "value": "payments"}],
     "components": [{"type": "firmware", "bom-ref": "fw|1", "name": "hsm-firmware", "version": "7"}]},
    {"type": "container", "bom-ref": "img:base", "name": "base-image", "description": "Base image"},
    {"type": "data", "bom-ref": "ledger", "name": "ledger"}
  ],
  "services": [
    {"bom-ref": "svc/auth", "provider": {"name": "Example Payments Ltd"}, "name": "Auth",
     "endpoints": ["https://auth.example"], "authenticated": true, "x-trust-boundary": true,
     "data": [{"flow": "inbound", "classification": "PII"}],
     "services": [{"bom-ref": "svc/auth/db", "name": "Auth DB"}]}
  ],
  "dependencies": [
    {"ref": "shop", "dependsOn": ["pkg:maven/org.example/pay@1.0", "svc/auth", "img:base"]},
    {"ref": "pkg:maven/org.example/pay@1.0", "dependsOn": ["fw|1", "ledger"]},
    {"ref": "svc/auth", "dependsOn": ["svc/auth/db"]},
    {"ref": "img:base"}
  ]
}
)";

extern const QByteArray handXml;
const QByteArray handXml = R"(<?xml version="1.0" encoding="UTF-8"?>
<bom xmlns="http://cyclonedx.org/schema/bom/1.5" xmlns:x="urn:example:extension" version="1">
  <metadata>
    <component type="application" bom-ref="shop"><name>Shop</name><version>2.1</version></component>
  </metadata>
  <components>
    <component type="library" bom-ref="pkg:maven/org.example/pay@1.0">
      <supplier><name>Example Payments Ltd</name></supplier>
      <group>org.example</group>
      <name>pay</name>
      <version>1.0</version>
      <licenses><license><id>Apache-2.0</id></license><expression>MIT OR GPL-2.0-only</expression></licenses>
      <purl>pkg:maven/org.example/pay@1.0</purl>
      <properties><property name="team">payments</property></properties>
      <x:note>an extension element, not part of the map</x:note>
      <components>
        <component type="firmware" bom-ref="fw|1"><name>hsm-firmware</name><version>7</version></component>
      </components>
    </component>
    <component type="container" bom-ref="img:base"><name>base-image</name><description>Base image</description></component>
    <component type="data" bom-ref="ledger"><name>ledger</name></component>
  </components>
  <services>
    <service bom-ref="svc/auth">
      <provider><name>Example Payments Ltd</name></provider>
      <name>Auth</name>
      <endpoints><endpoint>https://auth.example</endpoint></endpoints>
      <authenticated>true</authenticated>
      <x-trust-boundary>true</x-trust-boundary>
      <data><classification flow="inbound">PII</classification></data>
      <services><service bom-ref="svc/auth/db"><name>Auth DB</name></service></services>
    </service>
  </services>
  <dependencies>
    <dependency ref="shop">
      <dependency ref="pkg:maven/org.example/pay@1.0"/>
      <dependency ref="svc/auth"/>
      <dependency ref="img:base"/>
    </dependency>
    <dependency ref="pkg:maven/org.example/pay@1.0"><dependency ref="fw|1"/><dependency ref="ledger"/></dependency>
    <dependency ref="svc/auth"><dependency ref="svc/auth/db"/></dependency>
    <dependency ref="img:base"/>
  </dependencies>
</bom>
)";

extern const QByteArray laughs;
const QByteArray laughs = R"(<?xml version="1.0"?>
<!DOCTYPE bom [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<bom xmlns="http://cyclonedx.org/schema/bom/1.4"><components><component type="library" bom-ref="x"><name>&b;</name></component></components></bom>)";
