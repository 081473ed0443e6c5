/**
 * Word material for the synthetic vault: what an AWS-certification student writes, half in Spanish,
 * half in English. Acronyms recur across notes on purpose: the concept engine must fold them into one node.
 */

export interface Service {
  acronym: string;
  long: string;
  /** Spanish name as students write it; null when Spanish speakers keep the English name. */
  es: string | null;
  category: string;
}

export const SERVICES: Service[] = [
  { acronym: 'EC2', long: 'Elastic Compute Cloud', es: null, category: 'Compute' },
  { acronym: 'EBS', long: 'Elastic Block Store', es: 'almacenamiento de bloques elástico', category: 'Storage' },
  { acronym: 'VPC', long: 'Virtual Private Cloud', es: 'nube privada virtual', category: 'Networking' },
  { acronym: 'IAM', long: 'Identity and Access Management', es: 'gestión de identidades y accesos', category: 'Security' },
  { acronym: 'AMI', long: 'Amazon Machine Image', es: 'imagen de máquina de Amazon', category: 'Compute' },
  { acronym: 'ELB', long: 'Elastic Load Balancing', es: 'balanceo de carga elástico', category: 'Networking' },
  { acronym: 'EFS', long: 'Elastic File System', es: 'sistema de archivos elástico', category: 'Storage' },
  { acronym: 'S3', long: 'Simple Storage Service', es: null, category: 'Storage' },
  { acronym: 'RDS', long: 'Relational Database Service', es: 'servicio de bases de datos relacionales', category: 'Databases' },
  { acronym: 'ASG', long: 'Auto Scaling group', es: 'grupo de Auto Scaling', category: 'Compute' },
  { acronym: 'SG', long: 'Security Group', es: 'grupo de seguridad', category: 'Security' },
  { acronym: 'NACL', long: 'Network Access Control List', es: 'lista de control de acceso de red', category: 'Networking' },
  { acronym: 'ENI', long: 'Elastic Network Interface', es: 'interfaz de red elástica', category: 'Networking' },
  { acronym: 'KMS', long: 'Key Management Service', es: 'servicio de administración de claves', category: 'Security' },
  { acronym: 'SNS', long: 'Simple Notification Service', es: null, category: 'Integration' },
  { acronym: 'SQS', long: 'Simple Queue Service', es: 'servicio de colas simple', category: 'Integration' },
  { acronym: 'CLI', long: 'Command Line Interface', es: 'interfaz de línea de comandos', category: 'Tools' },
  { acronym: 'IMDS', long: 'Instance Metadata Service', es: 'servicio de metadatos de instancia', category: 'Compute' },
  { acronym: 'EIP', long: 'Elastic IP address', es: 'dirección IP elástica', category: 'Networking' },
  { acronym: 'NAT', long: 'Network Address Translation', es: 'traducción de direcciones de red', category: 'Networking' },
  { acronym: 'AZ', long: 'Availability Zone', es: 'zona de disponibilidad', category: 'Networking' },
  { acronym: 'SSM', long: 'Systems Manager', es: null, category: 'Tools' },
  { acronym: 'ECS', long: 'Elastic Container Service', es: 'servicio de contenedores elástico', category: 'Compute' },
  { acronym: 'EKS', long: 'Elastic Kubernetes Service', es: null, category: 'Compute' },
  { acronym: 'ALB', long: 'Application Load Balancer', es: 'balanceador de carga de aplicaciones', category: 'Networking' },
  { acronym: 'NLB', long: 'Network Load Balancer', es: 'balanceador de carga de red', category: 'Networking' },
  { acronym: 'TGW', long: 'Transit Gateway', es: null, category: 'Networking' },
  { acronym: 'DNS', long: 'Domain Name System', es: 'sistema de nombres de dominio', category: 'Networking' },
  { acronym: 'CDN', long: 'Content Delivery Network', es: 'red de distribución de contenidos', category: 'Networking' },
  { acronym: 'STS', long: 'Security Token Service', es: 'servicio de tokens de seguridad', category: 'Security' },
  { acronym: 'SCP', long: 'Service Control Policy', es: 'política de control de servicios', category: 'Security' },
  { acronym: 'RI', long: 'Reserved Instance', es: 'instancia reservada', category: 'Billing' },
];

/** Topics that are not acronyms; they make titles and headings read like real notes. */
export const TOPICS_EN = [
  'Instance types', 'Burstable instances', 'Spot Instances', 'User data', 'Placement groups', 'Snapshots',
  'Lifecycle hooks', 'Launch templates', 'Key pairs', 'Route tables', 'Subnets', 'Internet gateway',
  'CloudWatch alarms', 'CloudTrail', 'Lambda', 'DynamoDB', 'Route 53', 'CloudFront', 'Elastic Beanstalk',
  'Instance store', 'Dedicated Hosts', 'Hibernation', 'Nitro System', 'Savings Plans', 'Image Builder',
];
export const TOPICS_ES = [
  'Tipos de instancia', 'Instancias ampliables', 'Instancias de spot', 'Datos de usuario', 'Grupos de ubicación',
  'Instantáneas', 'Plantillas de lanzamiento', 'Pares de claves', 'Tablas de rutas', 'Subredes',
  'Alarmas de CloudWatch', 'Roles de IAM', 'Políticas de bucket', 'Volúmenes cifrados', 'Alta disponibilidad',
  'Recuperación ante desastres', 'Escalado automático', 'Facturación', 'Modelo de responsabilidad compartida',
];

export const ASPECTS_EN = [
  'overview', 'pricing', 'best practices', 'troubleshooting', 'limits', 'exam tips', 'cheat sheet', 'lab',
  'deep dive', 'FAQ', 'comparison', 'monitoring', 'security', 'networking', 'quotas', 'migration',
];
export const ASPECTS_ES = [
  'resumen', 'precios', 'buenas prácticas', 'solución de problemas', 'límites', 'preguntas de examen',
  'chuleta', 'laboratorio', 'a fondo', 'comparativa', 'monitorización', 'seguridad', 'notas', 'ejemplos',
];
export const QUALIFIERS = ['SAA-C03', 'SysOps', '2023', '2024', 'v2', 'Developer', 'avanzado', 'básico', 'repaso', 'draft'];


export const TAGS = [
  'aws', 'aws/ec2', 'aws/ebs', 'aws/vpc', 'aws/iam', 'aws/s3', 'aws/networking', 'aws/storage', 'aws/security',
  'estudio', 'estudio/saa', 'estudio/sysops', 'examen', 'todo', 'repaso', 'lab', 'pendiente', 'idea', 'referencia',
];

export const CALLOUTS = ['note', 'tip', 'warning', 'important', 'example', 'question', 'info', 'abstract'];

export const WORDS_EN = (
  'the instance volume network traffic subnet region zone policy role user group account bucket object ' +
  'storage compute cost price hour second request response latency throughput capacity limit quota default ' +
  'private public route table gateway endpoint address port protocol rule inbound outbound encryption key ' +
  'snapshot backup restore launch stop start terminate reboot metric alarm log event console command script ' +
  'template image kernel driver agent tag filter permission trust boundary session token credential ' +
  'is are can must should will when if then because while after before with without between across into ' +
  'a an this that these those each every some many most few more less very only also still always never'
).split(' ');

export const WORDS_ES = (
  'la el los las una un instancia volumen red tráfico subred región zona política rol usuario grupo cuenta ' +
  'bucket objeto almacenamiento cómputo coste precio hora segundo solicitud respuesta latencia rendimiento ' +
  'capacidad límite cuota privada pública tabla ruta puerta enlace dirección puerto protocolo regla entrada ' +
  'salida cifrado clave instantánea copia restaurar lanzar detener iniciar terminar reiniciar métrica alarma ' +
  'registro evento consola comando plantilla imagen agente etiqueta filtro permiso confianza sesión ' +
  'es son puede debe debería cuando si entonces porque mientras después antes con sin entre dentro ' +
  'de del en por para que se no más menos muy solo también siempre nunca cada algunos muchos pocos'
).split(' ');

/** `{A}` an acronym, `{L}` its long name, `{T}` a topic, `{W}` a filler word. */
export const SENTENCES_EN = [
  'An {A} lets you {W} the {W} without managing the underlying {W}.',
  'Remember that {A} is regional, while the {W} is global.',
  'In the exam, {A} questions usually compare it with {A2}.',
  'You pay for {A} by the {W}, so stop what you do not use.',
  'The {T} section explains how {A} interacts with {A2}.',
  'By default, {A} {W} traffic from the {W} is denied.',
  'Use {A} together with {A2} when the {W} must survive a zone failure.',
  'A common mistake is to confuse {A} with {A2}.',
  '{T} matter because they change the {W} and the {W} of the {W}.',
  'The console shows {A} limits per region; request an increase before the lab.',
  'Each {W} has one {W}, but a {W} can have many.',
  'Check the {A} metrics in CloudWatch before resizing anything.',
];
export const SENTENCES_ES = [
  'Con {A} puedes {W} la {W} sin gestionar la {W} subyacente.',
  'Recuerda que {A} es regional, mientras que el {W} es global.',
  'En el examen, las preguntas de {A} suelen compararlo con {A2}.',
  'Se paga {A} por {W}, así que detén lo que no uses.',
  'La sección de {T} explica cómo {A} se relaciona con {A2}.',
  'Por defecto, {A} bloquea el tráfico de {W} desde la {W}.',
  'Usa {A} junto con {A2} cuando la {W} deba sobrevivir a la caída de una zona.',
  'Un error frecuente es confundir {A} con {A2}.',
  'Los {T} importan porque cambian el {W} y la {W} de la {W}.',
  'La consola muestra los límites de {A} por región; pide un aumento antes del laboratorio.',
  'Cada {W} tiene una {W}, pero una {W} puede tener muchas.',
  'Revisa las métricas de {A} en CloudWatch antes de cambiar el tamaño de nada.',
];

export const CODE_BLOCKS = [
  '```bash\n# list running instances in one region\naws ec2 describe-instances --region eu-west-1 \\\n  --filters "Name=instance-state-name,Values=running" \\\n  --query "Reservations[].Instances[].InstanceId"\n```',
  '```bash\naws ec2 create-snapshot --volume-id vol-0abc123 --description "#nightly backup"\naws ec2 describe-snapshots --owner-ids self\n```',
  '```json\n{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::my-bucket/*" }\n  ]\n}\n```',
  '```yaml\nResources:\n  WebServer:\n    Type: AWS::EC2::Instance\n    Properties:\n      InstanceType: t3.micro\n      ImageId: ami-0abcdef1234567890\n```',
  '```python\nimport boto3\n# [[not a link]] inside code must not count\nec2 = boto3.client("ec2")\nprint(ec2.describe_regions()["Regions"])\n```',
];
