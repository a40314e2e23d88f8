#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Bulwark contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes resources/demo/demo-bank.json: the fictional Demo Bank AG register bundled with Bulwark.

Every name, LEI and figure is invented. The map is built so that later analyses have true things to find:
  * single points of failure: the card HSM in Frankfurt (INF-HSM-CARD) and the interbank messaging gateway
    (APP-MSGGW), which runs only in the Frankfurt data centre;
  * dependency cycles: the Frankfurt virtualisation cluster authenticates against the directory service,
    which itself runs on that cluster (INF-VMW-FRA <-> INF-AD), and the payment hub and the transaction
    monitor feed each other (APP-PAYHUB <-> APP-TM);
  * concentration: one carrier (Telkora) behind every network link, and one hyperscaler (Northwind Cloud)
    behind both cloud regions that the digital channels use as mutual fail-over.
Run it after editing; the JSON is committed so the build needs no Python.
"""
import json
import os
import sys

ELEMENTS = []
DEPENDENCIES = []
GROUPS = []


def lei(base18):
    digits = ''.join(str(int(c, 36)) for c in base18 + '00')
    check = 98 - int(digits) % 97
    return base18 + '%02d' % check


def el(key, name, kind, **fields):
    item = {'key': key, 'name': name, 'kind': kind}
    item.update({k: v for k, v in fields.items() if v is not None})
    ELEMENTS.append(item)
    return key


def dep(frm, to, strength='hard', group=None):
    d = {'from': frm, 'to': to, 'strength': strength}
    if group:
        d['group'] = group
    DEPENDENCIES.append(d)


def grp(element, name, min_up, failover_min):
    GROUPS.append({'element': element, 'name': name, 'min_up': min_up, 'failover_min': failover_min})


def redundant(frm, members, name, min_up=1, failover_min=15):
    grp(frm, name, min_up, failover_min)
    for m in members:
        dep(frm, m, 'hard', name)


# --- Locations -------------------------------------------------------------------------------------------------
el('LOC-FRA', 'Frankfurt am Main', 'location', country='DE', region='de-west',
   description='Head office city and primary data centre site.')
el('LOC-BER', 'Berlin', 'location', country='DE', region='de-east',
   description='Secondary data centre site, 420 km from Frankfurt.')
el('LOC-WAW', 'Warsaw', 'location', country='PL', region='pl-central', description='Nearshore operations centre.')
el('LOC-PNQ', 'Pune', 'location', country='IN', region='in-west', description='Offshore service desk (third country).')
el('LOC-NWC-FRA', 'Northwind Cloud region eu-central-1 (Frankfurt)', 'location', country='DE', region='eu-central-1')
el('LOC-NWC-DUB', 'Northwind Cloud region eu-west-1 (Dublin)', 'location', country='IE', region='eu-west-1')
el('LOC-AZR-AMS', 'Azurite Cloud region westeurope (Amsterdam)', 'location', country='NL', region='westeurope')
el('LOC-LUX', 'Luxembourg', 'location', country='LU', region='lu')
el('LOC-BRU', 'Brussels', 'location', country='BE', region='be')

# --- Providers --------------------------------------------------------------------------------------------------
# Provider RTOs: how long the provider takes to restore its service after an outage of its own (contractual).
PROVIDER_RTO = {'PRV-NWC': 240, 'PRV-AZR': 480, 'PRV-KES': 2880, 'PRV-HLX': 120, 'PRV-MRD': 240, 'PRV-SNT': 240,
                'PRV-RMC': 480, 'PRV-SPC': 480, 'PRV-TLK': 360, 'PRV-QID': 120, 'PRV-BLP': 1440, 'PRV-ORB': 240,
                'PRV-VLT': 2880, 'PRV-PST': 120, 'PRV-TAB': 2880}
providers = [
    ('PRV-NWC', 'Northwind Cloud SE', 'IE', 'low', True, '5493001KJTIIGC8Y1R',
     'Hyperscale cloud: compute, managed Kubernetes, object storage and key management in two EU regions.'),
    ('PRV-AZR', 'Azurite Cloud Services B.V.', 'NL', 'medium', True, '724500VKKSH9QOLTFR',
     'Second cloud used for the data warehouse and analytics.'),
    ('PRV-KES', 'Kestrel Banking Systems GmbH', 'DE', 'none', True, '391200EEGLNXBBCVKC',
     'Vendor of the core banking platform; licence, third-line support and patches.'),
    ('PRV-HLX', 'Helix Card Processing S.A.', 'LU', 'low', True, '222100K6QL2V4MLHWQ',
     'Card processor and scheme connectivity for debit and credit cards.'),
    ('PRV-MRD', 'Meridian Interbank Messaging SCRL', 'BE', 'none', False, '549300ZFEEJ2IP5VME',
     'Interbank messaging network for SEPA and cross-border payments.'),
    ('PRV-SNT', 'Sentinel Screening Ltd', 'IE', 'medium', True, '635400MMGYK7HLRQL8',
     'Sanctions and PEP list screening as a service.'),
    ('PRV-RMC', 'Rhein-Main Colocation GmbH', 'DE', 'medium', True, '529900HNOAA1KXQJUQ',
     'Colocation provider of the primary data centre in Frankfurt.'),
    ('PRV-SPC', 'Spree Colocation GmbH', 'DE', 'medium', True, '529900LN3S50JPU47S',
     'Colocation provider of the secondary data centre in Berlin.'),
    ('PRV-TLK', 'Telkora Networks AG', 'DE', 'low', True, '391200DVYT2LBBW5OK',
     'Carrier for the data-centre interconnect, internet uplinks and the private cloud link.'),
    ('PRV-QID', 'Quantum Identity Oy', 'FI', 'medium', True, '743700OO8O2CQN7W4R',
     'Customer identity and strong authentication (SCA) service.'),
    ('PRV-BLP', 'Bluepeak Managed Services Pvt Ltd', 'IN', 'high', True, '335800HHGRSUHQJ2TF',
     'Offshore first-line service desk and monitoring.'),
    ('PRV-ORB', 'Orbis Market Data S.A.', 'FR', 'medium', True, '969500T3MBS4SQAMHJ',
     'Real-time market data and reference rates for treasury.'),
    ('PRV-VLT', 'Vaultline Backup GmbH', 'AT', 'medium', True, '529900W18LQJJN6SJ3',
     'Off-site immutable backup vault.'),
    ('PRV-PST', 'Postwerk Communications GmbH', 'DE', 'high', True, '5299009QA8BBE2OOB3',
     'SMS and e-mail delivery for one-time passwords and notifications.'),
    ('PRV-TAB', 'Tabula Regulatory Software NV', 'BE', 'medium', True, '549300GKFG0RYRRQ1A',
     'Regulatory reporting software as a service (COREP/FINREP, AnaCredit).'),
]
for key, name, country, subst, exit_plan, base, desc in providers:
    el(key, name, 'provider', lei=lei(base), country=country, substitutability=subst, exit_plan=exit_plan,
       rto_min=PROVIDER_RTO[key], owner='Vendor Management', description=desc, tags=['ict-third-party'])

# --- ICT services of third parties ------------------------------------------------------------------------------
def svc(key, name, provider, location, rto, rpo=None, availability=0.999, owner='Vendor Management', tags=None):
    el(key, name, 'ict_service', rto_min=rto, rpo_min=rpo, availability=availability, owner=owner, tags=tags)
    dep(key, provider)
    if location:
        dep(key, location)
    return key


svc('SVC-NWC-IAAS-FRA', 'Northwind compute and managed Kubernetes, eu-central-1', 'PRV-NWC', 'LOC-NWC-FRA', 120, 0, 0.9995)
svc('SVC-NWC-IAAS-DUB', 'Northwind compute and managed Kubernetes, eu-west-1', 'PRV-NWC', 'LOC-NWC-DUB', 120, 0, 0.9995)
svc('SVC-NWC-OBJ', 'Northwind object storage (multi-region)', 'PRV-NWC', 'LOC-NWC-FRA', 60, 0, 0.9999)
svc('SVC-NWC-KMS', 'Northwind key management', 'PRV-NWC', 'LOC-NWC-FRA', 60, 0, 0.9999)
svc('SVC-AZR-DWH', 'Azurite analytics platform', 'PRV-AZR', 'LOC-AZR-AMS', 480, 60, 0.999)
svc('SVC-KES-SUP', 'Kestrel third-line support and patches', 'PRV-KES', 'LOC-FRA', 1440, None, 0.99)
svc('SVC-HLX-PROC', 'Helix card processing and scheme gateway', 'PRV-HLX', 'LOC-LUX', 30, 0, 0.9999)
svc('SVC-MRD-NET', 'Meridian interbank messaging network', 'PRV-MRD', 'LOC-BRU', 60, 0, 0.9999)
svc('SVC-SNT-SCREEN', 'Sentinel sanctions and PEP screening', 'PRV-SNT', None, 120, 0, 0.999)
svc('SVC-RMC-COLO', 'Rhein-Main colocation: space, power, cooling', 'PRV-RMC', 'LOC-FRA', 240, None, 0.99995)
svc('SVC-SPC-COLO', 'Spree colocation: space, power, cooling', 'PRV-SPC', 'LOC-BER', 240, None, 0.99995)
svc('SVC-TLK-DCI', 'Telkora data-centre interconnect Frankfurt-Berlin', 'PRV-TLK', None, 240, None, 0.9995,
    'Network Engineering')
svc('SVC-TLK-INET-FRA', 'Telkora internet uplink Frankfurt', 'PRV-TLK', 'LOC-FRA', 240, None, 0.9995, 'Network Engineering')
svc('SVC-TLK-INET-BER', 'Telkora internet uplink Berlin', 'PRV-TLK', 'LOC-BER', 240, None, 0.9995, 'Network Engineering')
svc('SVC-TLK-CLOUDLINK', 'Telkora private link to Northwind Cloud', 'PRV-TLK', 'LOC-FRA', 240, None, 0.9995,
    'Network Engineering')
svc('SVC-QID-SCA', 'Quantum Identity strong customer authentication', 'PRV-QID', None, 60, 0, 0.9995)
svc('SVC-BLP-DESK', 'Bluepeak service desk and 24x7 monitoring', 'PRV-BLP', 'LOC-PNQ', 480, None, 0.995, 'IT Service Management')
svc('SVC-ORB-FEED', 'Orbis real-time market data feed', 'PRV-ORB', None, 60, None, 0.999, 'Treasury')
svc('SVC-VLT-VAULT', 'Vaultline immutable backup vault', 'PRV-VLT', None, 1440, None, 0.999, 'Infrastructure & Operations')
svc('SVC-PST-MSG', 'Postwerk SMS and e-mail delivery', 'PRV-PST', None, 60, None, 0.999, 'Digital Channels')
svc('SVC-TAB-REG', 'Tabula regulatory reporting platform', 'PRV-TAB', None, 1440, 1440, 0.995, 'Regulatory Reporting')

# --- Facilities -------------------------------------------------------------------------------------------------
el('FAC-DC-FRA', 'Primary data centre Frankfurt (Rhein-Main Colocation, hall 3)', 'facility', rto_min=480,
   owner='Infrastructure & Operations', country='DE', tags=['data-centre'])
dep('FAC-DC-FRA', 'LOC-FRA')
dep('FAC-DC-FRA', 'SVC-RMC-COLO')
el('FAC-DC-BER', 'Secondary data centre Berlin (Spree Colocation, suite B)', 'facility', rto_min=480,
   owner='Infrastructure & Operations', country='DE', tags=['data-centre'])
dep('FAC-DC-BER', 'LOC-BER')
dep('FAC-DC-BER', 'SVC-SPC-COLO')
el('FAC-HQ', 'Head office, Mainzer Landstrasse', 'facility', rto_min=1440, owner='Facility Management', country='DE')
dep('FAC-HQ', 'LOC-FRA')
el('FAC-OPS-WAW', 'Operations centre Warsaw', 'facility', rto_min=1440, owner='Facility Management', country='PL')
dep('FAC-OPS-WAW', 'LOC-WAW')

# --- Network ----------------------------------------------------------------------------------------------------
for site, name in (('FRA', 'Frankfurt'), ('BER', 'Berlin')):
    el('NET-CORE-' + site, 'Core switching ' + name, 'network', rto_min=60, availability=0.9999,
       owner='Network Engineering')
    dep('NET-CORE-' + site, 'FAC-DC-' + site)
    el('NET-FW-' + site, 'Perimeter firewalls ' + name, 'network', rto_min=60, availability=0.9999,
       owner='Network Engineering', tags=['security'])
    dep('NET-FW-' + site, 'NET-CORE-' + site)
    el('NET-INET-' + site, 'Internet edge ' + name, 'network', rto_min=120, availability=0.9995,
       owner='Network Engineering')
    dep('NET-INET-' + site, 'NET-FW-' + site)
    dep('NET-INET-' + site, 'SVC-TLK-INET-' + site)
    el('NET-LB-' + site, 'Load balancers ' + name, 'network', rto_min=60, availability=0.9999,
       owner='Network Engineering')
    dep('NET-LB-' + site, 'NET-CORE-' + site)
el('NET-DCI', 'Data-centre interconnect Frankfurt-Berlin', 'network', rto_min=240, availability=0.9995,
   owner='Network Engineering')
dep('NET-DCI', 'SVC-TLK-DCI')
dep('NET-DCI', 'NET-CORE-FRA')
dep('NET-DCI', 'NET-CORE-BER')
el('NET-CLOUDLINK', 'Private link to Northwind Cloud', 'network', rto_min=240, availability=0.9995,
   owner='Network Engineering')
dep('NET-CLOUDLINK', 'SVC-TLK-CLOUDLINK')
dep('NET-CLOUDLINK', 'NET-CORE-FRA')
el('NET-INTERBANK', 'Interbank messaging line (Meridian)', 'network', rto_min=120, availability=0.9999,
   owner='Network Engineering')
dep('NET-INTERBANK', 'NET-FW-FRA')
dep('NET-INTERBANK', 'SVC-MRD-NET')
el('NET-CARDLINK', 'Dedicated line to Helix card processing', 'network', rto_min=60, availability=0.9999,
   owner='Network Engineering')
redundant('NET-CARDLINK', ['NET-FW-FRA', 'NET-FW-BER'], 'site', 1, 5)
dep('NET-CARDLINK', 'SVC-HLX-PROC')
el('NET-VPN', 'Staff remote access VPN', 'network', rto_min=240, availability=0.999, owner='Network Engineering')
redundant('NET-VPN', ['NET-INET-FRA', 'NET-INET-BER'], 'edge', 1, 10)
el('NET-INET', 'Internet presence (anycast, both sites)', 'network', rto_min=30, availability=0.9999,
   owner='Network Engineering', description='Public entry point of the digital channels, announced from both data centres.')
redundant('NET-INET', ['NET-INET-FRA', 'NET-INET-BER'], 'edge', 1, 5)

# --- Infrastructure ---------------------------------------------------------------------------------------------
for site, name in (('FRA', 'Frankfurt'), ('BER', 'Berlin')):
    el('INF-SAN-' + site, 'Storage array ' + name, 'infrastructure', rto_min=240, rpo_min=0, availability=0.99995,
       owner='Infrastructure & Operations')
    dep('INF-SAN-' + site, 'FAC-DC-' + site)
    dep('INF-SAN-' + site, 'NET-CORE-' + site)
    el('INF-VMW-' + site, 'Virtualisation cluster ' + name, 'infrastructure', rto_min=120, availability=0.9995,
       owner='Infrastructure & Operations')
    dep('INF-VMW-' + site, 'INF-SAN-' + site)
    dep('INF-VMW-' + site, 'NET-CORE-' + site)
    el('INF-K8S-' + site, 'Container platform ' + name, 'infrastructure', rto_min=60, availability=0.9995,
       owner='Platform Engineering')
    dep('INF-K8S-' + site, 'INF-VMW-' + site)
    el('INF-ORA-' + site, 'Database cluster ' + name, 'infrastructure', rto_min=60, rpo_min=0, availability=0.9995,
       owner='Database Services')
    dep('INF-ORA-' + site, 'INF-SAN-' + site)
    dep('INF-ORA-' + site, 'NET-CORE-' + site)
    el('INF-MQ-' + site, 'Message broker ' + name, 'infrastructure', rto_min=60, availability=0.9995,
       owner='Platform Engineering')
    dep('INF-MQ-' + site, 'INF-VMW-' + site)
    el('INF-HSM-' + site, 'Payment HSM ' + name, 'infrastructure', rto_min=240, availability=0.9999,
       owner='IT Security', tags=['security', 'crypto'])
    dep('INF-HSM-' + site, 'FAC-DC-' + site)
    dep('INF-HSM-' + site, 'NET-CORE-' + site)
    el('INF-BATCH-' + site, 'Batch servers ' + name, 'infrastructure', rto_min=240, availability=0.999,
       owner='Infrastructure & Operations')
    dep('INF-BATCH-' + site, 'INF-VMW-' + site)
# The directory runs on both clusters, and the Frankfurt cluster's management authenticates against the
# directory: a cycle that matters when both have to be restarted.
el('INF-AD', 'Directory service (staff identities)', 'infrastructure', rto_min=60, availability=0.9995,
   owner='IT Security', tags=['identity'])
redundant('INF-AD', ['INF-VMW-FRA', 'INF-VMW-BER'], 'site', 1, 5)
dep('INF-VMW-FRA', 'INF-AD', 'soft')
el('INF-DNS', 'Internal DNS and DHCP', 'infrastructure', rto_min=30, availability=0.9999, owner='Network Engineering')
redundant('INF-DNS', ['INF-VMW-FRA', 'INF-VMW-BER'], 'site', 1, 0)
el('INF-PKI', 'Internal certificate authority', 'infrastructure', rto_min=480, availability=0.999, owner='IT Security',
   tags=['security'])
dep('INF-PKI', 'INF-VMW-FRA')
dep('INF-PKI', 'INF-HSM-FRA')
el('INF-HSM-CARD', 'Card PIN and CVV HSM (Frankfurt only)', 'infrastructure', rto_min=480, availability=0.9999,
   owner='Card Services', tags=['security', 'crypto'],
   description='Single HSM holding the card issuing keys; the second unit was never commissioned.')
dep('INF-HSM-CARD', 'FAC-DC-FRA')
dep('INF-HSM-CARD', 'NET-CORE-FRA')
el('INF-K8S-NWC-FRA', 'Managed Kubernetes, Northwind eu-central-1', 'infrastructure', rto_min=60, availability=0.9995,
   owner='Platform Engineering', tags=['cloud'])
dep('INF-K8S-NWC-FRA', 'SVC-NWC-IAAS-FRA')
el('INF-K8S-NWC-DUB', 'Managed Kubernetes, Northwind eu-west-1', 'infrastructure', rto_min=60, availability=0.9995,
   owner='Platform Engineering', tags=['cloud'])
dep('INF-K8S-NWC-DUB', 'SVC-NWC-IAAS-DUB')
el('INF-SIEM', 'Security monitoring (SIEM)', 'infrastructure', rto_min=480, availability=0.999, owner='IT Security',
   tags=['security'])
redundant('INF-SIEM', ['INF-VMW-FRA', 'INF-VMW-BER'], 'site', 1, 60)
el('INF-BACKUP', 'Backup service', 'infrastructure', rto_min=480, availability=0.999, owner='Infrastructure & Operations')
redundant('INF-BACKUP', ['INF-SAN-FRA', 'INF-SAN-BER'], 'site', 1, 60)
dep('INF-BACKUP', 'SVC-VLT-VAULT', 'soft')
el('INF-MONITOR', 'Infrastructure monitoring and alerting', 'infrastructure', rto_min=120, availability=0.999,
   owner='IT Service Management')
dep('INF-MONITOR', 'INF-VMW-BER')
dep('INF-MONITOR', 'SVC-BLP-DESK', 'soft')

# --- Data stores ------------------------------------------------------------------------------------------------
def store(key, name, rto, rpo, owner, members=None, group_failover=15, extra=None, availability=0.9995, tags=None,
          description=None):
    el(key, name, 'data_store', rto_min=rto, rpo_min=rpo, availability=availability, owner=owner, tags=tags,
       description=description)
    if members:
        redundant(key, members, 'replica', 1, group_failover)
    for d in extra or []:
        dep(key, d)


ORA = ['INF-ORA-FRA', 'INF-ORA-BER']
store('DS-CORE', 'Core banking database (accounts, balances, ledger)', 60, 0, 'Core Banking IT', ORA, 15,
      tags=['customer-data', 'financial'])
store('DS-PAY', 'Payments database', 30, 0, 'Payments IT', ORA, 15, tags=['financial'])
store('DS-CARD', 'Card management database', 60, 5, 'Card Services', ORA, 15, tags=['customer-data'])
store('DS-EBANK', 'Online banking session and preference store', 60, 15, 'Digital Channels',
      ['INF-K8S-NWC-FRA', 'INF-K8S-NWC-DUB'], 5, tags=['cloud'])
store('DS-LOAN', 'Loan book database', 240, 15, 'Lending IT', ORA, 30, tags=['customer-data', 'financial'])
store('DS-TREAS', 'Treasury positions database', 120, 5, 'Treasury', ORA, 15, tags=['financial'])
store('DS-AML', 'Transaction monitoring case database', 240, 60, 'Financial Crime Compliance', ORA, 30,
      tags=['customer-data'])
store('DS-KYC', 'Customer due-diligence records', 240, 60, 'Financial Crime Compliance', ORA, 30,
      tags=['customer-data'])
store('DS-CRM', 'Customer relationship database', 480, 60, 'Customer Service', ORA, 30, tags=['customer-data'])
store('DS-DWH', 'Data warehouse', 1440, 1440, 'Data Management', None, extra=['SVC-AZR-DWH'], availability=0.999)
store('DS-DOCS', 'Document archive (contracts, statements)', 1440, 60, 'Operations', None, extra=['SVC-NWC-OBJ'],
      availability=0.9999, tags=['customer-data', 'cloud'])
store('DS-GL', 'General ledger database', 240, 15, 'Finance IT', ORA, 30, tags=['financial'])
store('DS-HR', 'HR and payroll records', 1440, 1440, 'Human Resources', None, extra=['INF-ORA-FRA'],
      tags=['personal-data'])
store('DS-LOGS', 'Security and audit log archive', 1440, 60, 'IT Security', None, extra=['SVC-NWC-OBJ'],
      tags=['security', 'cloud'])
store('DS-BACKUP', 'Backup copies of all core databases', 1440, 1440, 'Infrastructure & Operations', None,
      extra=['INF-BACKUP'])

# --- Applications -----------------------------------------------------------------------------------------------
def app(key, name, rto, rpo, owner, availability=0.999, hard=(), soft=(), sites=None, failover=15, tags=None,
        description=None, platform='INF-VMW'):
    el(key, name, 'application', rto_min=rto, rpo_min=rpo, availability=availability, owner=owner, tags=tags,
       description=description)
    if sites:
        redundant(key, ['%s-%s' % (platform, s) for s in sites], 'site', 1, failover)
    for d in hard:
        dep(key, d)
    for d in soft:
        dep(key, d, 'soft')


app('APP-CORE', 'Kestrel core banking platform', 60, 0, 'Core Banking IT', 0.9995,
    hard=['DS-CORE', 'INF-AD', 'INF-DNS'], soft=['SVC-KES-SUP', 'INF-MONITOR'], sites=['FRA', 'BER'], failover=30,
    description='Accounts, balances, interest and fees for all retail and SME customers.')
app('APP-ESB', 'Integration bus', 30, 0, 'Platform Engineering', 0.9995, hard=['INF-DNS'], sites=['FRA', 'BER'],
    failover=10, platform='INF-MQ')
app('APP-PAYHUB', 'Payment hub (SEPA credit transfer and direct debit)', 30, 0, 'Payments IT', 0.9995,
    hard=['DS-PAY', 'APP-CORE', 'APP-ESB', 'APP-SCREEN', 'APP-MSGGW'], soft=['APP-FRAUD', 'INF-MONITOR'],
    sites=['FRA', 'BER'], platform='INF-K8S')
redundant('APP-PAYHUB', ['INF-HSM-FRA', 'INF-HSM-BER'], 'hsm', 1, 5)
app('APP-INSTANT', 'Instant payments gateway (SCT Inst)', 15, 0, 'Payments IT', 0.9999,
    hard=['APP-PAYHUB', 'APP-MSGGW', 'APP-SCREEN'], soft=['APP-FRAUD'], sites=['FRA', 'BER'], failover=5,
    platform='INF-K8S')
app('APP-MSGGW', 'Interbank messaging gateway', 480, 0, 'Payments IT', 0.999,
    hard=['NET-INTERBANK', 'INF-VMW-FRA', 'INF-HSM-FRA'],
    description='Connects to the Meridian network. Installed in Frankfurt only; a Berlin instance is planned.')
app('APP-FRAUD', 'Payment fraud scoring', 60, 15, 'Financial Crime Compliance', 0.999, hard=['APP-ESB'],
    sites=['FRA', 'BER'], platform='INF-K8S')
app('APP-SCREEN', 'Sanctions screening client', 60, 0, 'Financial Crime Compliance', 0.9995,
    hard=['SVC-SNT-SCREEN', 'NET-INET'], sites=['FRA', 'BER'], platform='INF-K8S')
app('APP-TM', 'Transaction monitoring (AML)', 480, 60, 'Financial Crime Compliance', 0.999,
    hard=['DS-AML', 'APP-ESB'], soft=['APP-PAYHUB'], sites=['FRA', 'BER'])
app('APP-KYC', 'Customer due diligence (KYC)', 480, 60, 'Financial Crime Compliance', 0.999,
    hard=['DS-KYC', 'APP-SCREEN'], soft=['DS-DOCS'], sites=['FRA', 'BER'])
app('APP-CARDMGMT', 'Card management system', 120, 5, 'Card Services', 0.999, hard=['DS-CARD', 'APP-CORE'],
    sites=['FRA', 'BER'])
app('APP-AUTH', 'Card authorisation switch', 15, 0, 'Card Services', 0.9999,
    hard=['INF-HSM-CARD', 'NET-CARDLINK', 'APP-CARDMGMT'], soft=['APP-FRAUD'], sites=['FRA', 'BER'], failover=5,
    platform='INF-K8S')
app('APP-IAM', 'Customer login and strong authentication', 30, 0, 'Digital Channels', 0.9995,
    hard=['SVC-QID-SCA'], soft=['APP-NOTIFY'], sites=['NWC-FRA', 'NWC-DUB'], failover=5, platform='INF-K8S')
app('APP-NOTIFY', 'Customer notifications (SMS, e-mail, push)', 60, 15, 'Digital Channels', 0.999,
    hard=['SVC-PST-MSG'], sites=['NWC-FRA', 'NWC-DUB'], platform='INF-K8S')
app('APP-API', 'Open banking API gateway (PSD2)', 30, 0, 'Digital Channels', 0.9995,
    hard=['NET-INET', 'APP-IAM', 'APP-CORE', 'NET-CLOUDLINK'], sites=['NWC-FRA', 'NWC-DUB'], failover=5,
    platform='INF-K8S')
app('APP-EBANK', 'Online banking', 30, 15, 'Digital Channels', 0.9995,
    hard=['NET-INET', 'APP-IAM', 'APP-API', 'DS-EBANK'], soft=['APP-CRM', 'APP-NOTIFY', 'DS-DOCS'],
    sites=['NWC-FRA', 'NWC-DUB'], failover=5, platform='INF-K8S')
app('APP-MOBILE', 'Mobile banking backend', 30, 15, 'Digital Channels', 0.9995,
    hard=['NET-INET', 'APP-IAM', 'APP-API', 'DS-EBANK'], soft=['APP-NOTIFY'], sites=['NWC-FRA', 'NWC-DUB'],
    failover=5, platform='INF-K8S')
app('APP-LOS', 'Loan origination', 480, 60, 'Lending IT', 0.995, hard=['DS-LOAN', 'APP-SCORING', 'APP-CORE', 'APP-KYC'],
    soft=['DS-DOCS'], sites=['FRA', 'BER'], failover=60)
app('APP-SCORING', 'Credit scoring', 480, 60, 'Credit Risk', 0.995, hard=['DS-DWH', 'APP-ESB'], sites=['FRA', 'BER'],
    failover=60)
app('APP-LOANSVC', 'Loan servicing', 480, 60, 'Lending IT', 0.995, hard=['DS-LOAN', 'APP-CORE'], sites=['FRA', 'BER'],
    failover=60)
app('APP-TREAS', 'Treasury and liquidity management', 120, 5, 'Treasury', 0.999,
    hard=['DS-TREAS', 'APP-MKTDATA', 'APP-MSGGW'], soft=['APP-ALM'], sites=['FRA', 'BER'], failover=30)
app('APP-MKTDATA', 'Market data handler', 60, None, 'Treasury', 0.999, hard=['SVC-ORB-FEED', 'NET-INET'],
    sites=['FRA', 'BER'])
app('APP-ALM', 'Asset and liability management', 1440, 60, 'Treasury', 0.99, hard=['DS-TREAS', 'DS-DWH'],
    sites=['FRA', 'BER'], failover=120)
app('APP-GL', 'General ledger', 480, 15, 'Finance IT', 0.999, hard=['DS-GL', 'APP-ESB'], soft=['APP-CORE'],
    sites=['FRA', 'BER'], failover=60)
app('APP-REGREP', 'Regulatory reporting hub', 1440, 1440, 'Regulatory Reporting', 0.99,
    hard=['SVC-TAB-REG', 'DS-DWH', 'NET-INET'], soft=['APP-GL'])
app('APP-ETL', 'Data warehouse loads (ETL)', 1440, 1440, 'Data Management', 0.99,
    hard=['DS-DWH', 'APP-ESB', 'INF-BATCH-FRA', 'NET-CLOUDLINK'])
app('APP-CRM', 'Customer relationship management', 480, 60, 'Customer Service', 0.995, hard=['DS-CRM'],
    sites=['FRA', 'BER'], failover=60)
app('APP-CONTACT', 'Contact centre telephony', 240, None, 'Customer Service', 0.999, hard=['NET-INET', 'APP-CRM'],
    soft=['APP-CORE'], sites=['NWC-FRA', 'NWC-DUB'], platform='INF-K8S')
app('APP-HR', 'HR and payroll', 2880, 1440, 'Human Resources', 0.99, hard=['DS-HR', 'INF-AD'], soft=['APP-GL'],
    platform='INF-VMW', sites=['FRA'])
app('APP-DOCGEN', 'Statement and letter generation', 1440, 60, 'Operations', 0.99, hard=['DS-DOCS', 'APP-CORE'],
    soft=['APP-NOTIFY'], sites=['FRA', 'BER'], failover=120)
app('APP-SECURITIES', 'Securities brokerage platform', 120, 5, 'Investment Services', 0.999,
    hard=['APP-CORE', 'APP-MKTDATA', 'APP-MSGGW', 'APP-IAM'], sites=['FRA', 'BER'], failover=30)
app('APP-BATCH', 'End-of-day batch scheduler', 240, 0, 'Core Banking IT', 0.999, hard=['APP-CORE'],
    sites=['FRA', 'BER'], failover=60, platform='INF-BATCH')
app('APP-STAFFPORTAL', 'Staff workplace portal', 480, 60, 'IT Service Management', 0.995, hard=['INF-AD', 'NET-VPN'],
    soft=['SVC-BLP-DESK'], sites=['FRA', 'BER'], failover=60)

# Branches, staff workplace and further applications.
svc('SVC-TLK-SDWAN', 'Telkora branch network (SD-WAN)', 'PRV-TLK', None, 480, None, 0.999, 'Network Engineering')
svc('SVC-AZR-WORK', 'Azurite workplace suite (staff e-mail, calendars, files)', 'PRV-AZR', 'LOC-AZR-AMS', 240, 60,
    0.999, 'IT Service Management')
svc('SVC-HLX-TOKEN', 'Helix card tokenisation for mobile wallets', 'PRV-HLX', 'LOC-LUX', 60, 0, 0.9995)
el('NET-BRANCH', 'Branch network', 'network', rto_min=480, availability=0.999, owner='Network Engineering')
dep('NET-BRANCH', 'SVC-TLK-SDWAN')
dep('NET-BRANCH', 'NET-CORE-FRA')
for code, city, country, region, branches in (('MZ', 'Mainz', 'DE', 'de-west', ['Mainz Altstadt']),
                                              ('WI', 'Wiesbaden', 'DE', 'de-west', ['Wiesbaden Wilhelmstrasse']),
                                              ('DA', 'Darmstadt', 'DE', 'de-west', ['Darmstadt Luisenplatz'])):
    el('LOC-' + code, city, 'location', country=country, region=region)
    for name in branches:
        key = 'FAC-BR-' + code
        el(key, 'Branch ' + name, 'facility', rto_min=2880, owner='Branch Network', country=country, tags=['branch'])
        dep(key, 'LOC-' + code)
        dep(key, 'NET-BRANCH')
el('FAC-BR-FRA', 'Branch Frankfurt Zeil', 'facility', rto_min=2880, owner='Branch Network', country='DE', tags=['branch'])
dep('FAC-BR-FRA', 'LOC-FRA')
dep('FAC-BR-FRA', 'NET-BRANCH')
el('INF-BASTION', 'Privileged access gateway', 'infrastructure', rto_min=120, availability=0.999, owner='IT Security',
   tags=['security'])
dep('INF-BASTION', 'INF-AD')
redundant('INF-BASTION', ['INF-VMW-FRA', 'INF-VMW-BER'], 'site', 1, 15)
el('INF-EDR', 'Endpoint detection and response', 'infrastructure', rto_min=480, availability=0.999, owner='IT Security',
   tags=['security', 'cloud'])
dep('INF-EDR', 'SVC-NWC-IAAS-FRA')
store('DS-MORTGAGE', 'Mortgage servicing database', 480, 60, 'Lending IT', ORA, 30, tags=['customer-data', 'financial'])
app('APP-ATM', 'ATM driving and monitoring', 60, 0, 'Card Services', 0.999, hard=['APP-AUTH', 'NET-BRANCH'],
    sites=['FRA', 'BER'], failover=15)
app('APP-TELLER', 'Branch teller system', 240, 0, 'Branch Network', 0.999, hard=['APP-CORE', 'NET-BRANCH', 'INF-AD'],
    sites=['FRA', 'BER'], failover=30)
app('APP-COLLECT', 'Collections and recovery', 1440, 60, 'Lending IT', 0.99, hard=['DS-LOAN', 'APP-CRM'],
    soft=['APP-NOTIFY'], sites=['FRA', 'BER'], failover=120)
app('APP-MORTGAGE', 'Mortgage servicing', 480, 60, 'Lending IT', 0.995, hard=['DS-MORTGAGE', 'APP-CORE'],
    sites=['FRA', 'BER'], failover=60)
app('APP-EMAIL', 'Staff e-mail and collaboration', 240, 60, 'IT Service Management', 0.999,
    hard=['SVC-AZR-WORK', 'INF-AD'])
app('APP-WALLET', 'Mobile wallet provisioning', 60, 0, 'Card Services', 0.999, hard=['SVC-HLX-TOKEN', 'APP-CARDMGMT'],
    sites=['NWC-FRA', 'NWC-DUB'], failover=5, platform='INF-K8S')
dep('APP-STAFFPORTAL', 'APP-EMAIL', 'soft')

# The transaction monitor feeds payment holds back to the payment hub: a second, soft loop between the two.
dep('APP-PAYHUB', 'APP-TM', 'soft')

# --- Business functions -----------------------------------------------------------------------------------------
functions = [
    ('F-PAY', 'Retail and SME payments (SEPA)', 'critical', 240, 0, 'Payments Operations',
     ['APP-PAYHUB', 'APP-CORE'], ['APP-EBANK', 'APP-MOBILE'],
     'Execution of SEPA credit transfers and direct debits for about 1.2 million customers.'),
    ('F-INSTANT', 'Instant payments (SCT Inst)', 'critical', 60, 0, 'Payments Operations',
     ['APP-INSTANT'], ['APP-MOBILE'], 'Real-time credit transfers, available 24x7 under the scheme rules.'),
    ('F-CARD', 'Card issuing and authorisation', 'critical', 120, 5, 'Card Services',
     ['APP-AUTH', 'APP-CARDMGMT'], ['APP-ATM', 'APP-WALLET'], 'Debit and credit card authorisations, card lifecycle and PIN services.'),
    ('F-CORE', 'Deposit accounts and ledger', 'critical', 240, 0, 'Core Banking Operations',
     ['APP-CORE', 'APP-BATCH'], ['APP-DOCGEN', 'APP-TELLER'], 'Current and savings accounts, interest, fees and end-of-day.'),
    ('F-ONLINE', 'Online and mobile banking', 'critical', 240, 15, 'Digital Channels',
     ['APP-EBANK', 'APP-MOBILE'], ['APP-NOTIFY'], 'Customer self-service on web and mobile.'),
    ('F-TREAS', 'Treasury and liquidity management', 'critical', 480, 15, 'Treasury',
     ['APP-TREAS'], ['APP-ALM'], 'Intraday liquidity, money-market and FX funding.'),
    ('F-AML', 'AML and sanctions screening', 'critical', 480, 60, 'Financial Crime Compliance',
     ['APP-SCREEN', 'APP-TM', 'APP-KYC'], [], 'Screening of customers and payments; transaction monitoring.'),
    ('F-LEND', 'Retail and SME lending', 'standard', 2880, 240, 'Lending',
     ['APP-LOS', 'APP-LOANSVC', 'APP-MORTGAGE'], ['APP-DOCGEN', 'APP-COLLECT'], 'Origination and servicing of consumer and SME loans.'),
    ('F-SEC', 'Securities brokerage', 'standard', 480, 15, 'Investment Services',
     ['APP-SECURITIES'], [], 'Order routing and custody of retail securities accounts.'),
    ('F-REGREP', 'Regulatory and statutory reporting', 'standard', 4320, 1440, 'Regulatory Reporting',
     ['APP-REGREP', 'APP-ETL'], ['APP-GL'], 'Supervisory reporting (COREP, FINREP, AnaCredit) and statutory returns.'),
    ('F-CUST', 'Customer service and complaints', 'standard', 1440, 240, 'Customer Service',
     ['APP-CRM', 'APP-CONTACT'], ['APP-STAFFPORTAL', 'APP-TELLER', 'APP-EMAIL'], 'Contact centre, branch support and complaints handling.'),
    ('F-HR', 'Payroll and staff administration', 'standard', 4320, 1440, 'Human Resources',
     ['APP-HR'], ['APP-STAFFPORTAL'], 'Monthly payroll and staff records.'),
]
for key, name, crit, mtd, mtdl, owner, hard, soft, desc in functions:
    el(key, name, 'function', criticality=crit, mtd_min=mtd, mtdl_min=mtdl, owner=owner, description=desc,
       availability=0.995 if crit == 'critical' else 0.99, tags=['dora-cif'] if crit == 'critical' else None)
    for h in hard:
        dep(key, h)
    for s in soft:
        dep(key, s, 'soft')
dep('F-SEC', 'APP-EBANK', 'soft')

# --- Checks -----------------------------------------------------------------------------------------------------
keys = [e['key'] for e in ELEMENTS]
assert len(keys) == len(set(keys)), 'duplicate keys'
known = set(keys)
for d in DEPENDENCIES:
    assert d['from'] in known and d['to'] in known, d
pairs = [(d['from'], d['to']) for d in DEPENDENCIES]
assert len(pairs) == len(set(pairs)), 'duplicate dependency'

SCENARIOS = [
    {'name': 'loss-of-dc-frankfurt', 'description': 'Loss of the primary data centre in Frankfurt (fire, power)',
     'fail': ['FAC-DC-FRA']},
    {'name': 'telkora-outage', 'description': 'Nationwide outage of the network carrier Telkora', 'fail': ['PRV-TLK']},
    {'name': 'northwind-exit', 'description': 'Northwind Cloud stops serving the bank (exit or insolvency)',
     'fail': ['PRV-NWC']},
    {'name': 'cloud-region-frankfurt', 'description': 'Northwind region eu-central-1 unavailable',
     'region': 'eu-central-1'},
    {'name': 'offshore-service-desk', 'description': 'Loss of the offshore service desk in India', 'country': 'IN'},
]
for sc in SCENARIOS:
    for key in sc.get('fail', []):
        assert key in known, key

doc = {'format': 'bulwark-register', 'version': 1,
       'elements': sorted(ELEMENTS, key=lambda e: e['key']),
       'dependencies': sorted(DEPENDENCIES, key=lambda d: (d['from'], d['to'])),
       'groups': sorted(GROUPS, key=lambda g: (g['element'], g['name'])),
       'scenarios': sorted(SCENARIOS, key=lambda s: s['name'])}
out = os.path.join(os.path.dirname(__file__), '..', '..', 'resources', 'demo', 'demo-bank.json')
with open(out, 'w', encoding='utf-8') as f:
    json.dump(doc, f, indent=1, ensure_ascii=False)
    f.write('\n')
kinds = {}
for e in ELEMENTS:
    kinds[e['kind']] = kinds.get(e['kind'], 0) + 1
print('%d elements %s, %d dependencies, %d groups, %d scenarios' % (len(ELEMENTS), kinds, len(DEPENDENCIES), len(GROUPS), len(SCENARIOS)),
      file=sys.stderr)
