// PodMetrics of the resource metrics API (metrics.k8s.io/v1beta1, served by metrics-server):
// each container's current cpu and memory usage over a short window.
import type { Quantity, Time } from './kubeTypes';

export interface PodMetrics {
  metadata?: { name?: string; namespace?: string };
  timestamp?: Time;
  window?: string;
  containers?: { name: string; usage?: { cpu?: Quantity; memory?: Quantity } }[];
}
