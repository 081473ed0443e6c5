import path from 'node:path';
import { expect, test } from './fixtures';

// The README's picture of the reading view, from the real app on a note that uses every construct.
const into = (testInfo: { outputPath(name: string): string }, name: string): string =>
  process.env.CAIRN_SCREENSHOTS === 'docs' ? path.resolve(import.meta.dirname, '../docs', name) : testInfo.outputPath(name);

const rich = `---
aliases: [Launch checklist]
tags: [aws/compute]
---
# Launching an instance

Pick an [[AMI]], then a [[Instance types|type]]; see [[AMI#Sharing]] before you share one. %% check quotas first %%

- [x] Create a key pair
- [ ] Open port 22 in the ==security group==
- [ ] Tag the instance[^cost]

> [!tip] Cheaper test runs
> Use a \`t3.micro\`: it is in the free tier.

> [!warning]- Before terminating
> Snapshots of the root volume are **not** kept unless you ask.

The monthly cost is $c = h \\cdot p$, and over a year:

$$
C_{year} = \\sum_{m=1}^{12} h_m \\, p
$$

\`\`\`bash
# one test instance, tagged
aws ec2 run-instances --image-id ami-0abc --instance-type t3.micro --key-name mine
\`\`\`

![[architecture.svg|360]]

![[AMI#Sharing]]

[^cost]: Tags let the bill be split per project.
`;

const diagram = `<svg xmlns="http://www.w3.org/2000/svg" width="360" height="90" font-family="sans-serif" font-size="14">
<rect x="1" y="1" width="358" height="88" rx="10" fill="#eef2ff" stroke="#6366f1"/>
<rect x="20" y="25" width="90" height="40" rx="6" fill="#6366f1"/><text x="65" y="50" fill="white" text-anchor="middle">AMI</text>
<rect x="135" y="25" width="90" height="40" rx="6" fill="#0ea5e9"/><text x="180" y="50" fill="white" text-anchor="middle">Instance</text>
<rect x="250" y="25" width="90" height="40" rx="6" fill="#10b981"/><text x="295" y="50" fill="white" text-anchor="middle">EBS</text>
<path d="M110 45h25M225 45h25" stroke="#334155" stroke-width="2"/></svg>`;

test.use({
  vaultFiles: {
    'Launching an instance.md': rich,
    'AMI.md': '# AMI\n\nAn Amazon Machine Image is the template of an instance.\n\n## Sharing\n\nAn AMI can be shared with other accounts, or made public. ^share\n',
    'Instance types.md': '# Instance types\n\nSee [[Launching an instance]].\n',
    'architecture.svg': diagram,
  },
});

test('README screenshot of the reading view of a rich note', async ({ app }, testInfo) => {
  test.skip(testInfo.project.name !== 'browser', 'one screenshot is enough');
  await app.setViewportSize({ width: 1440, height: 1240 });
  await app.locator('[data-testid=file-item][data-note-id="Launching an instance.md"]').click();
  const body = app.getByTestId('note-body');
  await expect(body.locator('.katex')).toHaveCount(2);
  await expect(body.locator('.callout')).toHaveCount(2);
  await expect(body.locator('img.embed-image')).toBeVisible();
  await expect(body.locator('.embed-body')).toContainText('shared with other accounts');
  await expect(body.locator('pre code .hljs-comment')).toHaveText('# one test instance, tagged');
  await expect(body).not.toContainText('check quotas');
  await app.waitForTimeout(300);
  await app.getByTestId('note-pane').screenshot({ path: into(testInfo, 'screenshot-reading.png') });
  await app.getByTestId('theme-toggle').click();
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'dark');
  await app.waitForTimeout(300);
  await app.getByTestId('note-pane').screenshot({ path: into(testInfo, 'screenshot-reading-dark.png') });
});
